import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { createSalesforceConnector } from '../../../src/connectors/salesforce/connector.js';
import { BASE, V, collectLog, describeObject, organization, records, runnerPermissions, runtime, settings, soql, strictNock, tokenTenant } from './sf-nock.js';

strictNock();

const collect = (section: 'guestCodeAccess' | 'experienceSites') => createSalesforceConnector(tokenTenant(), runtime()).collect({ sections: [section], settings, log: collectLog() });

describe('Salesforce connector: Apex and Visualforce open to guests', () => {
  it('reads SetupEntityAccess of guest profiles and of permission sets assigned to guests, and names each class and page', async () => {
    organization();
    runnerPermissions(['ViewSetup', 'ViewAllUsers']);
    const profile = { Label: '00e000000000009', Profile: { Name: 'Support Site Profile' } };
    soql(
      /FROM SetupEntityAccess WHERE SetupEntityType IN \('ApexClass', 'ApexPage'\) AND Parent\.IsOwnedByProfile = true AND Parent\.Profile\.UserType = 'Guest'$/,
      records('SetupEntityAccess', [
        { ParentId: '0PS000000000001', Parent: profile, SetupEntityId: '066000000000001', SetupEntityType: 'ApexPage' },
        { ParentId: '0PS000000000001', Parent: profile, SetupEntityId: '01p000000000001', SetupEntityType: 'ApexClass' },
        // SetupEntityType is Nillable: a row without it is no Apex or Visualforce access.
        { ParentId: '0PS000000000001', Parent: profile, SetupEntityId: '0H4000000000001', SetupEntityType: null },
      ]),
    );
    soql(
      "SELECT PermissionSetId FROM PermissionSetAssignment WHERE Assignee.UserType = 'Guest' AND Assignee.IsActive = true AND PermissionSet.IsOwnedByProfile = false ORDER BY PermissionSetId",
      records('PermissionSetAssignment', [{ PermissionSetId: '0PS000000000007' }, { PermissionSetId: '0PS000000000007' }]),
    );
    soql(
      /FROM SetupEntityAccess WHERE SetupEntityType IN \('ApexClass', 'ApexPage'\) AND ParentId IN \('0PS000000000007'\)$/,
      records('SetupEntityAccess', [{ ParentId: '0PS000000000007', Parent: { Label: 'Guest extras', Profile: null }, SetupEntityId: '01p000000000002', SetupEntityType: 'ApexClass' }]),
    );
    soql("SELECT Id, Name, NamespacePrefix FROM ApexClass WHERE Id IN ('01p000000000001', '01p000000000002')", records('ApexClass', [{ Id: '01p000000000001', Name: 'PortalSearch', NamespacePrefix: null }, { Id: '01p000000000002', Name: 'Intake', NamespacePrefix: 'acme' }]));
    soql("SELECT Id, Name, NamespacePrefix FROM ApexPage WHERE Id IN ('066000000000001')", records('ApexPage', [{ Id: '066000000000001', Name: 'SiteLogin', NamespacePrefix: null }]));
    const section = (await collect('guestCodeAccess')).sections.guestCodeAccess;
    expect(section?.status === 'ok' && section.data).toEqual([
      { kind: 'ApexPage', id: '066000000000001', name: 'SiteLogin', namespacePrefix: null, grantedBy: 'profile Support Site Profile' },
      { kind: 'ApexClass', id: '01p000000000001', name: 'PortalSearch', namespacePrefix: null, grantedBy: 'profile Support Site Profile' },
      { kind: 'ApexClass', id: '01p000000000002', name: 'Intake', namespacePrefix: 'acme', grantedBy: 'permission set Guest extras' },
    ]);
  });

  it('does not read guest Apex access without View All Users (assignments to guests would be hidden)', async () => {
    organization();
    runnerPermissions(['ViewSetup']);
    expect((await collect('guestCodeAccess')).sections.guestCodeAccess).toMatchObject({ status: 'error', error: { code: 'permission', permission: 'View All Users' } });
  });
});

describe('Salesforce connector: Experience Cloud sites', () => {
  it('reports no sites, without querying, when the org has no Network object', async () => {
    organization();
    nock(BASE).get(`${V}/sobjects/Network/describe`).reply(404, [{ message: "The requested resource does not exist", errorCode: 'NOT_FOUND' }]);
    const section = (await collect('experienceSites')).sections.experienceSites;
    expect(section?.status === 'ok' && section.data).toEqual({ enabled: false, guestMemberVisibilityReadable: false, sites: [] });
  });

  it('reads guest member visibility where Network describes it', async () => {
    organization();
    describeObject('Network', ['Id', 'Name', 'Status', 'OptionsGuestMemberVisibility']);
    soql('SELECT Id, Name, Status, OptionsGuestMemberVisibility FROM Network ORDER BY Id', records('Network', [{ Id: '0DB000000000001', Name: 'Support', Status: 'Live', OptionsGuestMemberVisibility: true }]));
    const section = (await collect('experienceSites')).sections.experienceSites;
    expect(section?.status === 'ok' && section.data.sites).toEqual([{ id: '0DB000000000001', name: 'Support', status: 'Live', guestMemberVisibility: true }]);
  });

  it('leaves the option out of the query, and says so, where Network does not describe it', async () => {
    organization();
    describeObject('Network', ['Id', 'Name', 'Status']);
    soql('SELECT Id, Name, Status FROM Network ORDER BY Id', records('Network', [{ Id: '0DB000000000001', Name: 'Support', Status: 'Live' }]));
    const section = (await collect('experienceSites')).sections.experienceSites;
    expect(section?.status === 'ok' && section.data).toEqual({ enabled: true, guestMemberVisibilityReadable: false, sites: [{ id: '0DB000000000001', name: 'Support', status: 'Live', guestMemberVisibility: null }] });
  });
});
