/**
 * The layouts frame-skips.ts and frame-evaluator.ts share: the slots of the segment being
 * planned (`FrameScratch.seg`) and the outcome flags of one frame (`probe`).
 *
 * They live apart from the code that reads them because V8 keeps every exported binding
 * in a module cell: a module reading its own exported constant loads the cell on each use
 * and cannot fold the number into the code, which made `probe` (all slot reads) markedly
 * slower. Readers copy these into module-local constants instead.
 */

/** Slots of the segment being planned (`FrameScratch.seg`), for `criticalFrames` and `probe`. */
export const P_T0 = 0;
export const P_X0 = 1;
export const P_Y0 = 2;
export const P_VX = 3;
export const P_VY = 4;
export const P_HX = 5;
export const P_HY = 6;
export const P_CX = 7;
export const P_CY = 8;
export const P_MOTION2 = 9;
export const P_IR2 = 10;
export const P_HEIGHT_K = 11;
export const P_FACE_K = 12;
export const P_VEH_FACTOR = 13;
export const P_FACE_ON = 14;
export const P_DAY_BASE = 15;
export const P_DT = 16;
/** Slots in a `FrameScratch.seg`. */
export const P_SIZE = 17;

/** Flags of one frame (`probe`): frames alike in all of them contribute alike. */
export const F_TRIGGER = 1;
export const F_DETECTED = 2;
export const F_FACE_SIZE = 4;
export const F_FRONTAL = 8;
export const F_DAY = 16;
export const F_IR = 32;
/** A face is seen (and must be evaluated) only when both close enough and from the front. */
export const FACE_SEEN = F_FACE_SIZE | F_FRONTAL;
