/**
 * Reservations and declarations read as text. States word them differently, so the rules are
 * keyword rules over the text, each documented with the wording it recognises.
 */

/**
 * A reservation that widens the same-matter bar from "is being examined" to "has been examined"
 * (e.g. "the same matter has already been examined", "has already been considered under another
 * procedure", or Spain's "has not been or is not being examined"), or to a matter merely submitted elsewhere ("has already been submitted").
 */
export function widensSameMatter(reservations: string[]): { text: string; onSubmission: boolean } | null {
  for (const r of reservations) {
    const t = r.toLowerCase();
    if (/(has|have) (already )?been submitted|already (been )?submitted/.test(t)) return { text: r, onSubmission: true };
    // Also the negative form some states use: "unless … the same matter has not been or is not being examined".
    if (/(has|have) (not )?(already )?been (or (is|are) (not )?being )?(examined|considered)|already (been )?(examined|considered)|(has|have) examined|(has|have) considered/.test(t)) return { text: r, onSubmission: false };
  }
  return null;
}

/**
 * A reservation that excludes facts having their origin before the entry into force (e.g.
 * Germany's "having its origin in events occurring prior to the entry into force"): then facts
 * that began before it are outside, even if they continue — as under ICPPED art. 35.
 */
export function excludesEarlierOrigin(reservations: string[]): string | null {
  for (const r of reservations) {
    const t = r.toLowerCase();
    const aboutEntry = /entry into force|entered into force|became? (a )?party/.test(t);
    if (aboutEntry && /(origin|originat|commenced|began|begun|started)/.test(t)) return r;
  }
  return null;
}

/** A reservation about events before the entry into force that does not reach their continuation. */
export function mentionsEarlierEvents(reservations: string[]): string | null {
  for (const r of reservations) {
    const t = r.toLowerCase();
    if (/(prior to|before) (the )?(date of )?(the )?(its )?entry into force|occurr\w* (prior|before)/.test(t)) return r;
  }
  return null;
}
