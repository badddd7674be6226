/**
 * The global rules a new installation starts with (rule set version 1). Plain data: the rule
 * engine validates and normalises it when it loads it.
 */
export const DEFAULT_RULES = {
  workingHours: {
    mon: [['09:00', '19:00']],
    tue: [['09:00', '19:00']],
    wed: [['09:00', '19:00']],
    thu: [['09:00', '19:00']],
    fri: [['09:00', '19:00']],
    sat: [],
    sun: [],
  },
  holidays: [],
  stepMin: 15,
  bufferMin: { before: 10, after: 10 },
  durationMin: { min: 15, max: 120 },
  horizonDays: 14,
  minNoticeMin: 0,
  maxActivePerUser: 3,
  rescheduleFreezeMin: 15,
  checkIn: { required: true, opensBeforeMin: 5, releaseAfterMin: 10 },
  approval: { required: false, holdMin: 120, exemptRoles: ['facility_manager', 'admin'] },
  allowedRoles: null,
  overrideRoles: ['facility_manager', 'admin'],
  byRole: { manager: { durationMin: { max: 180 }, horizonDays: 30 } },
};
