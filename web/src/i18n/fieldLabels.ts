import type { MessageKey } from './en';

/**
 * The incident form's label of each field of an incident body, in one place for the three
 * readers that name fields: error messages (problems.ts), the merge view (mergeLabels.ts)
 * and the history (Chronology.tsx). Each adds the few fields only it names.
 */
export const incidentFieldLabels = {
  title: 'form.title',
  narrative: 'form.narrative',
  startDate: 'form.startDate',
  endDate: 'form.endDate',
  dateEstimated: 'form.dateEstimated',
  reportDate: 'form.reportDate',
  country: 'filters.country',
  admin1: 'filters.admin1',
  placeId: 'form.place',
  verificationStatus: 'filters.verification',
  confidentiality: 'form.confidentiality',
  monitoringStatus: 'form.monitoring',
} as const satisfies Record<string, MessageKey>;

/** Fields of one act. */
export const actFieldLabels = {
  violationType: 'form.violationType',
  groupId: 'form.targetedGroup',
  victims: 'form.victims',
  perpetrators: 'form.perpetrators',
} as const satisfies Record<string, MessageKey>;

/** Fields of one source's information. */
export const sourceFieldLabels = {
  connection: 'form.connection',
  materialType: 'form.material',
  informationDate: 'form.informationDate',
  credibility: 'form.credibility',
  note: 'form.note',
} as const satisfies Record<string, MessageKey>;
