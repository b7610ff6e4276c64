import type { FormatProfile } from '../types.js';
import { acledProfile } from './acled.js';
import { gedProfile } from './ged.js';
import { hxlProfile } from './hxl.js';
import { uwaziProfile } from './uwazi.js';

/** Every format profile, in one list (issue 16): each helper adds one line per profile. */
export const formatProfiles: FormatProfile[] = [
  hxlProfile,
  gedProfile,
  acledProfile,
  uwaziProfile,
];
