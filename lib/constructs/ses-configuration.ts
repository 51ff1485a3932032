import { Stack } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

/**
 * The SES events the configuration set publishes: every one `parseSesEvent` knows (`Email Sent` included,
 * which the feedback rule then leaves out), so nothing the feedback function could use is dropped.
 */
export const SES_PUBLISHED_EVENTS = [
  EmailSendingEvent.SEND,
  EmailSendingEvent.DELIVERY,
  EmailSendingEvent.BOUNCE,
  EmailSendingEvent.COMPLAINT,
  EmailSendingEvent.REJECT,
  EmailSendingEvent.DELIVERY_DELAY,
  EmailSendingEvent.RENDERING_FAILURE,
  EmailSendingEvent.OPEN,
  EmailSendingEvent.CLICK,
] as const;

export interface SesConfigurationProps {
  readonly configurationSetName: string;
  /** The sending domain; verified by the three Easy DKIM CNAME records (`dkimRecords`). */
  readonly domain: string;
}

/**
 * Email through SES v2: the configuration set every send names (TLS required, reputation metrics, the
 * account's suppression list for bounces and complaints), its event destination on the account's default
 * bus (SES cannot publish to a custom bus), and the domain identity with Easy DKIM.
 */
export class SesConfiguration extends Construct {
  readonly configurationSet: ConfigurationSet;
  readonly identity: EmailIdentity;
  readonly configurationSetArn: string;
  readonly identityArn: string;

  constructor(scope: Construct, id: string, props: SesConfigurationProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: props.configurationSetName,
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    const defaultBus = EventBus.fromEventBusArn(
      this,
      'DefaultBus',
      stack.formatArn({ service: 'events', resource: 'event-bus', resourceName: 'default' }),
    );
    this.configurationSet.addEventDestination('ToEventBridge', {
      destination: EventDestination.eventBus(defaultBus),
      events: [...SES_PUBLISHED_EVENTS],
    });
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(props.domain),
      configurationSet: this.configurationSet,
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      dkimSigning: true,
      // Bounces and complaints arrive as configuration-set events, not as mail to the sender.
      feedbackForwarding: false,
    });
    this.configurationSetArn = stack.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: props.configurationSetName,
    });
    this.identityArn = stack.formatArn({ service: 'ses', resource: 'identity', resourceName: props.domain });
  }
}
