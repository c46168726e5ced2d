/** The admin log's activities.list path, all users. */
export const ADMIN_LOG_PATH = '/admin/reports/v1/activity/users/all/applications/admin';

/** One admin-log activity as the Reports API returns it (developers.google.com/workspace/admin/reports/v1/appendix/activity/admin-application-settings). */
export const adminActivity = (time: string, name: string, params: Record<string, string>) => ({
  kind: 'admin#reports#activity',
  id: { time, uniqueQualifier: time, applicationName: 'admin', customerId: 'C01' },
  actor: { email: 'ada@example.org' },
  events: [{ type: 'APPLICATION_SETTINGS', name, parameters: Object.entries(params).map(([n, value]) => ({ name: n, value })) }],
});
