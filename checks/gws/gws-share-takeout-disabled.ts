import { defineCheck } from '../../src/core/define-check.js';
import { settingTypesSpelt } from '../../src/rules/gws/effective-settings.js';
import { allOf, judgeSetting } from '../../src/rules/gws/setting-verdict.js';

/**
 * The services ScubaGoggles checks for their own Takeout switch (Commoncontrols.rego 12.1, 416a18a), by the
 * prefix of their "<service>.user_takeout" setting. Google's reference does not list them; their setting types
 * are matched the way ScubaGoggles spells them (dots read as underscores).
 */
const TAKEOUT_SERVICES: Readonly<Record<string, string>> = {
  blogger: 'Blogger',
  books: 'Google Books',
  location_history: 'Timeline - Location History',
  maps: 'Google Maps',
  pay: 'Google Pay',
  photos: 'Google Photos',
  play: 'Google Play',
  play_console: 'Google Play Console',
  youtube: 'YouTube',
};

export default defineCheck({
  id: 'gws-share-takeout-disabled',
  provider: 'gws',
  area: 'external-sharing',
  severity: 'medium',
  title: 'Google Takeout is off for every service',
  owner: 'Super Admin',
  rationale:
    'Takeout lets a user download everything in their account in one archive, which an insider or a hijacked session can carry off. SCuBA asks for it off for the services without their own switch (takeout.service_status) and for each service with one (GWS.COMMONCONTROLS.12.1).',
  remediation:
    'Admin console > Data > Data import and export > Google Takeout: under "User access to Takeout for Google services" choose "Don\'t allow", and under "Services with an individual admin control" set each service to "Don\'t allow"; set every listed OU and group to Inherit.',
  references: {
    scuba: ['GWS.COMMONCONTROLS.12.1v1'],
    docs: ['https://support.google.com/a/answer/6397845', 'https://cloud.google.com/identity/docs/concepts/supported-policy-api-settings'],
  },
  reads: ['policies'],
  evaluate({ policies }) {
    const general = judgeSetting(policies, {
      spec: { type: 'takeout.service_status', defaults: {} },
      fields: ['serviceState'],
      weak: (v) => (v.serviceState === 'DISABLED' ? null : `Takeout for services without their own control is ${String(v.serviceState ?? 'not shown as off (no policy returned)')}`),
      passSummary: 'Takeout is off for services without their own control',
      failWhat: 'allow Takeout',
    });
    const perService = Object.entries(TAKEOUT_SERVICES).flatMap(([key, label]) =>
      settingTypesSpelt(policies, `${key}_user_takeout`).map((type) =>
        judgeSetting(policies, {
          spec: { type, defaults: {} },
          fields: ['takeoutStatus'],
          // Like ScubaGoggles, only a value other than DISABLED fails: the service may not be in the plan.
          weak: (v) => (v.takeoutStatus === undefined || v.takeoutStatus === 'DISABLED' ? null : `Takeout for ${label} is ${String(v.takeoutStatus)}`),
          passSummary: `Takeout is off for ${label}`,
          failWhat: `allow Takeout for ${label}`,
        }),
      ),
    );
    return allOf([general, ...perService]);
  },
});
