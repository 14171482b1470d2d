/**
 * Which team a leader's list covers. Admins oversee every team and look at one at a time; a supervisor's
 * lists always cover their own team (the repositories refuse a supervisor who asks for another).
 */
export interface TeamScope {
  /** Only this team; every team the caller oversees when left out. */
  readonly teamId?: string;
}
