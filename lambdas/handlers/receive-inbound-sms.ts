import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { createLogger } from '../adapters/logger';
import { runtimeClock } from '../adapters/runtime-clock';
import { readConfig } from '../config/config';
import { actOnInbound } from '../domain/messaging/feedback/act-on-inbound';
import { handleInboundSms, parseInboundSms } from '../domain/messaging/feedback/inbound-sms';
import { recordProviderEvent } from '../domain/messaging/feedback/record-provider-event';
import { defaultHelpText } from '../domain/messaging/organisation';
import { messagingStores, providerEventDependencies, smsSender } from './wiring/messaging-wiring';

const logger = createLogger('receive-inbound-sms');
const config = readConfig();
const stores = messagingStores(config);
const feedback = providerEventDependencies(config, logger);
const sms = smsSender(config);

/**
 * Subscribed to the two-way SMS topic: STOP opts the number (and the patient it last messaged) out, START
 * back in, HELP is answered, a configured keyword is announced as Patient Replied for journeys.
 */
export const handler = middy<SNSEvent>()
  .use(injectLambdaContext(logger.powertools))
  .handler(async (event) => {
    const outcomes: string[] = [];
    for (const record of event.Records) {
      const parsed = parseInboundSms(record.Sns.Message);
      if (parsed.outcome === 'rejected') {
        await recordProviderEvent(parsed, record.Sns.Message, feedback);
        outcomes.push('rejected');
        continue;
      }
      const settings = (await stores.settings.get()).settings;
      const outcome = await handleInboundSms(
        parsed.inbound,
        {
          addressBook: stores.addressBook,
          preferences: stores.preferences,
          settings: {
            keywords: settings.keywords,
            helpText: settings.organisation.smsHelpText ?? defaultHelpText(settings.organisation),
            defaultCountry: settings.policy.defaultCountry,
          },
          logger,
        },
        // The publish time, which a redelivery repeats: a redelivered STOP cannot land after a later START.
        new Date(record.Sns.Timestamp),
      );
      await actOnInbound(outcome, parsed.inbound, {
        outbox: stores.messages,
        sms,
        publisher: stores.publisher,
        clock: runtimeClock,
      });
      outcomes.push(outcome.outcome);
    }
    return outcomes;
  });
