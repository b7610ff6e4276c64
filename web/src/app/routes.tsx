import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { Dashboard } from '../dashboard/Dashboard';
import { Layout } from './Layout';
import { Loading } from './Loading';

const IncidentList = lazy(() => import('../incidents/ListPage'));
const IncidentDetail = lazy(() => import('../incidents/DetailPage'));
const IncidentForm = lazy(() => import('../incidents/FormPage'));
const RegistryList = lazy(() => import('../registry/RegistryListPage'));
const RegistryRecord = lazy(() => import('../registry/RegistryRecordPage'));
const SignIn = lazy(() => import('../accounts/SignInPage'));
const FirstRun = lazy(() => import('../accounts/FirstRunPage'));
const Admin = lazy(() => import('../accounts/AdminPage'));
const Account = lazy(() => import('../accounts/AccountPage'));
const Duplicates = lazy(() => import('../duplicates/DuplicatesPage'));
const Review = lazy(() => import('../review/ReviewPage'));
const Import = lazy(() => import('../imports/ImportPage'));
const ImportBatches = lazy(() => import('../imports/BatchesPage'));
const Framework = lazy(() => import('../framework/FrameworkPage'));
const Alerts = lazy(() => import('../alerts/AlertsPage'));
const Watchlist = lazy(() => import('../watchlist/WatchlistPage'));
const ForecastRun = lazy(() => import('../watchlist/ForecastRunPage'));

const page = (node: ReactNode) => <Suspense fallback={<Loading />}>{node}</Suspense>;

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Dashboard /> },
      { path: 'incidents', element: page(<IncidentList />) },
      { path: 'incidents/new', element: page(<IncidentForm />) },
      { path: 'incidents/:id', element: page(<IncidentDetail />) },
      { path: 'incidents/:id/edit', element: page(<IncidentForm />) },
      // Groups, perpetrators (actors) and sources: /groups, /groups/new, /groups/<id>.
      ...(['groups', 'actors', 'sources'] as const).flatMap((kind) => [
        { path: kind, element: page(<RegistryList key={kind} kind={kind} />) },
        { path: `${kind}/new`, element: page(<RegistryRecord key={`${kind}-new`} kind={kind} />) },
        { path: `${kind}/:id`, element: page(<RegistryRecord key={kind} kind={kind} />) },
      ]),
      { path: 'duplicates', element: page(<Duplicates />) },
      { path: 'review', element: page(<Review />) },
      { path: 'alerts', element: page(<Alerts />) },
      { path: 'watchlist', element: page(<Watchlist />) },
      { path: 'forecasts/:id', element: page(<ForecastRun />) },
      { path: 'sign-in', element: page(<SignIn />) },
      { path: 'setup', element: page(<FirstRun />) },
      { path: 'admin', element: page(<Admin />) },
      { path: 'account', element: page(<Account />) },
      { path: 'import', element: page(<Import />) },
      { path: 'import/batches', element: page(<ImportBatches />) },
      { path: 'framework', element: page(<Framework />) },
      { path: 'framework/:country', element: page(<Framework />) },
      { path: '*', element: page(<NotFoundPage />) },
    ],
  },
]);

function NotFoundPage() {
  return <Loading notFound />;
}
