/**
 * How RADAR draft items stand in for METRICS items and RQS 2.0 criteria.
 * Tables, not logic: each line reads "this target item is met by that
 * RADAR item". Source: the cross-walk of the RADAR draft catalogue.
 */

/** METRICS item -> RADAR items; "yes" when any of them has full credit. */
export const metricsFromRadar: Record<string, string[]> = {
  M01: ['R-SD-02'],
  M02: ['R-CD-01'],
  M03: ['R-SD-04'],
  M04: ['R-CD-02'],
  M05: ['R-IA-02'],
  M06: ['R-IA-01'],
  M07: ['R-CD-04'],
  M08: ['R-SG-01'],
  M09: ['R-SG-03'],
  M10: ['R-SG-04'],
  M11: ['R-IA-03'],
  M12: ['R-FE-01'],
  M13: ['R-FE-02'],
  M14: ['R-FE-03'],
  M15: ['R-FM-02'],
  M16: ['R-FM-03'],
  M17: ['R-FE-04'],
  M18: ['R-FM-01'],
  M19: ['R-FM-04'],
  M20: ['R-PM-01'],
  M21: ['R-PM-02'],
  M22: ['R-PM-03'],
  M23: ['R-FM-07'],
  M24: ['R-CU-01', 'R-CU-02'],
  M25: ['R-PM-05'],
  M26: ['R-VA-01'],
  M27: ['R-VA-02'],
  M28: ['R-OS-01'],
  M29: ['R-OS-02'],
  M30: ['R-OS-03'],
};

/** METRICS condition -> RADAR profile flag with the same meaning. */
export const metricsConditionsFromFlags: Record<string, string> = {
  C1: 'SEG',
  C2: 'AUTO',
  C3: 'HC',
  C4: 'TAB',
  C5: 'E2E',
};

/**
 * RQS 2.0 criterion -> RADAR item and credit steps: [least credit, points]
 * pairs, the highest step reached wins. A missing step list means "full
 * credit gives the criterion's best points". Criteria 17 and 20 combine two
 * RADAR items and are handled in radar-derived.ts.
 */
export const rqs2FromRadar: Record<string, [string, [number, number][]?]> = {
  R01: [
    'R-SD-01',
    [
      [0.5, 1],
      [1, 2],
    ],
  ],
  R02: ['R-IA-01'],
  R03: [
    'R-IA-02',
    [
      [0.5, 1],
      [1, 2],
    ],
  ],
  R04: ['R-CD-01'],
  R05: ['R-CD-03'],
  R06: ['R-FE-03', [[0.5, 1]]],
  R07: ['R-IA-03'],
  R08: ['R-IA-04'],
  R09: ['R-FE-01'],
  R10: ['R-SG-02'],
  R11: ['R-FM-02'],
  R12: ['R-FE-03'],
  R13: ['R-FM-06'],
  R14: ['R-FM-05'],
  R15: ['R-VA-01'],
  R16: ['R-PM-04'],
  R18: ['R-PM-03'],
  R19: ['R-PM-06'],
  R21: [
    'R-VA-02',
    [
      [0.33, 1],
      [0.67, 2],
      [1, 3],
    ],
  ],
  R22: ['R-CU-01'],
  R23: ['R-VA-03'],
  R24: ['R-CU-02'],
  R25: ['R-IX-01'],
  R26: ['R-IX-02'],
  R27: ['R-IX-03'],
  R28: [
    'R-IX-04',
    [
      [0.5, 1],
      [1, 2],
    ],
  ],
  R29: ['R-CU-04'],
  R30: ['R-SD-03'],
  R31: ['R-VA-05'],
  R32: ['R-VA-04'],
  R33: ['R-CU-05'],
  R34: ['R-TR-01'],
  R35: ['R-TR-02'],
  R36: ['R-CU-03'],
  R37: ['R-TR-03'],
  R38: ['R-TR-04'],
  R39: ['R-TR-05'],
  R40: ['R-TR-06'],
  R41: ['R-TR-07'],
  R42: ['R-TR-08'],
};
