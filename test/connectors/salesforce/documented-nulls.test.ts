import { describe, expect, it } from 'vitest';
import { createSalesforceConnector } from '../../../src/connectors/salesforce/connector.js';
import { collectLog, describeObject, organization, records, runnerPermissions, runtime, settings, soql, strictNock, tokenTenant } from './sf-nock.js';

strictNock();

/** Fields the object reference documents as Nillable: a null there is an answer, not a shape error. */
describe('Salesforce connector: fields documented as Nillable', () => {
  it('skips a TwoFactorMethodsInfo row whose UserId is null instead of failing the section', async () => {
    organization();
    describeObject('TwoFactorMethodsInfo', ['UserId', 'HasTotp']);
    soql('SELECT UserId, HasTotp FROM TwoFactorMethodsInfo WHERE User.IsActive = true', records('TwoFactorMethodsInfo', [{ UserId: null, HasTotp: true }, { UserId: '005000000000001', HasTotp: true }]));
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['mfaMethods'], settings, log: collectLog() });
    expect(result.sections.mfaMethods).toEqual({ status: 'ok', data: [{ userId: '005000000000001', methods: ['Totp'] }] });
  });

  it('keeps a direct login whose LoginTime is null, with a null time', async () => {
    organization();
    runnerPermissions(['ViewSetup', 'ManageUsers']);
    soql(/FROM LoginHistory WHERE LoginTime = LAST_N_DAYS:30$/, records('LoginHistory', [{ Id: '0Ya000000000001', UserId: '005000000000001', LoginTime: null, LoginType: 'Application', Status: 'Success' }]));
    soql(/FROM VerificationHistory WHERE VerificationTime = LAST_N_DAYS:30 AND Activity = 'Login'$/, records('VerificationHistory', []));
    const result = await createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: ['directLoginVerification'], settings, log: collectLog() });
    expect(result.sections.directLoginVerification).toEqual({ status: 'ok', data: { windowDays: 30, logins: [{ loginId: '0Ya000000000001', userId: '005000000000001', loginTime: null, verified: false }] } });
  });
});
