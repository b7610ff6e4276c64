import type { operations } from '../api/schema';

/** The case files' shapes as the API answers them (generated from the server's schemas). */
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<Op extends keyof operations> = operations[Op]['responses'] extends { 200: infer R } ? Json<R> : Json<operations[Op]['responses'] extends { 201: infer R } ? R : never>;

export type CaseFile = Ok<'getCase'>;
export type CaseList = Ok<'listCases'>;
export type CaseSummary = CaseList['items'][number];
export type CalendarEntry = Ok<'getCaseCalendar'>['items'][number];
export type CaseForums = Ok<'getCaseForums'>;
export type CaseOutcome = CaseFile['outcomes'][number];
export type CaseStatus = CaseFile['status'];
export type RequestedMeasure = CaseFile['requestedMeasures'][number];
export type CaseVictim = CaseFile['victims'][number];
export type CaseProcedure = CaseFile['procedures'][number];
/** The forms a case's submission can follow, with its word count against each one's limit. */
export type SubmissionChoices = Ok<'listCaseSubmissionDocuments'>;
export type SubmissionChoice = SubmissionChoices['items'][number];
export type SubmissionKind = SubmissionChoice['kind'];

export const caseStatuses: CaseStatus[] = ['draft', 'preparing', 'submitted', 'registered', 'decided', 'follow-up', 'closed'];
export const outcomeKinds: CaseOutcome['kind'][] = ['registration', 'state-observations', 'author-comments', 'interim-measures', 'admissibility', 'views', 'follow-up', 'upr-recommendation', 'concluding-observations'];
export const measureStatuses: CaseOutcome['measures'][number]['status'][] = ['open', 'partly', 'implemented', 'not-implemented'];
export const requestedMeasureKinds: RequestedMeasure['kind'][] = ['interim', 'final'];
export const requestedMeasureStatuses: RequestedMeasure['status'][] = ['proposed', 'requested', 'granted', 'refused', 'withdrawn'];
export const submissionKinds: SubmissionKind[] = ['individual', 'special-procedure', 'cerd-early-warning', 'upr'];
export const documentFormats = ['docx', 'pdf'] as const;

/** Today as YYYY-MM-DD, and a day `n` days later: the calendar's windows. */
export const today = () => new Date().toISOString().slice(0, 10);
export const daysFrom = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
