/** Check-in operations for other features' tests (so they need not reach into this feature's files). */
export { eraseMyCheckInData, listMyCheckIns, readMyNote, recordCheckIn, requestTalk } from './check-ins.repo';
