import { useEffect, useState } from 'react';
import { apiGet } from '../api/client';
import type { ImportJob } from '../api/types';

const pollMs = 1000;

/** An import job, read again every second while it is queued or running; the job goes on in the server whatever the page does. */
export function useJob(initial: ImportJob | null): ImportJob | null {
  const [job, setJob] = useState(initial);
  useEffect(() => setJob(initial), [initial]);
  const id = job?.id;
  const active = job?.status === 'queued' || job?.status === 'running';
  useEffect(() => {
    if (!id || !active) return;
    let live = true;
    const timer = setTimeout(() => {
      apiGet<ImportJob>(`/api/imports/jobs/${id}`).then(
        (next) => live && setJob(next),
        // A failed poll (the network, a restart) is tried again with the next tick.
        () => live && setJob((j) => (j ? { ...j } : j)),
      );
    }, pollMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [id, active, job]);
  return job;
}
