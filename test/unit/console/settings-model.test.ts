import {
  changesBetween,
  draftOf,
  rebase,
  type Settings,
  settingsOf,
} from '../../../console/src/pages/settings/settings-model';
import { DEFAULT_MESSAGING_SETTINGS } from '../../../lambdas/domain/messaging/settings';

const READ = DEFAULT_MESSAGING_SETTINGS as unknown as Settings;
const withOrganisation = (settings: Settings, changes: Partial<Settings['organisation']>): Settings => ({
  ...settings,
  organisation: { ...settings.organisation, ...changes },
});

describe('the settings form', () => {
  it('gives back the settings it was made from', () => {
    expect(settingsOf(draftOf(READ))).toEqual(DEFAULT_MESSAGING_SETTINGS);
  });

  it('lists what someone else changed, with what this person typed for it', () => {
    const theirs = withOrganisation(READ, { phone: '+1 555 0100' });
    const mine = settingsOf(draftOf(withOrganisation(READ, { name: 'Mine' })));

    expect(changesBetween(READ, theirs, mine)).toEqual([
      {
        pointer: '/organisation/phone',
        read: READ.organisation.phone,
        now: '+1 555 0100',
        mine: READ.organisation.phone,
      },
    ]);
  });

  it("applies this person's edits to the other save and keeps everything else of theirs", () => {
    const theirs = withOrganisation(READ, { phone: '+1 555 0100' });
    const mine = draftOf(withOrganisation(READ, { name: 'Mine' }));

    const merged = settingsOf(rebase(draftOf(READ), draftOf(theirs), mine));

    expect(merged.organisation).toMatchObject({ name: 'Mine', phone: '+1 555 0100' });
    expect(merged.policy).toEqual(READ.policy);
  });

  it('keeps a removed quiet-hours window removed when the other save left it alone', () => {
    const theirs = withOrganisation(READ, { phone: '+1 555 0100' });
    const read = draftOf(READ);
    const mine = { ...read, quietHours: { ...read.quietHours, sms: { ...read.quietHours.sms, on: false } } };

    const merged = settingsOf(rebase(read, draftOf(theirs), mine));

    expect(merged.policy).toMatchObject({ quietHours: { push: READ.policy.quietHours.push } });
    expect(Object.keys((merged.policy as Settings['policy']).quietHours)).toEqual(['push']);
  });
});
