import { RemovalPolicy } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';

/**
 * The key ring that signs links and list cursors (`LANTERN_LINK_KEYS`, packages/runtime
 * signed-token): a generated secret, encrypted with the customer key. Functions granted
 * `signLinks` receive it through a CloudFormation dynamic reference, resolved at deploy time, so the
 * value is in no template. Rotation (docs/deploy.md): put a new `currentId`/`currentSecret`, move the old
 * pair to `previousId`/`previousSecret`, redeploy; drop `previous` after the longest link lifetime.
 */
export class LinkKeys extends Construct {
  readonly secret: secretsmanager.Secret;
  readonly dynamicReference: string;

  constructor(scope: Construct, id: string, props: { key: kms.IKey; production: boolean }) {
    super(scope, id);
    this.secret = new secretsmanager.Secret(this, 'Secret', {
      description: 'Lantern: the key ring that signs links and cursors',
      encryptionKey: props.key,
      removalPolicy: props.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      generateSecretString: {
        // The ring's flat form; 48 letters and digits are valid base64 for 36 random bytes.
        secretStringTemplate: JSON.stringify({ currentId: 'k1' }),
        generateStringKey: 'currentSecret',
        passwordLength: 48,
        excludePunctuation: true,
        includeSpace: false,
      },
    });
    acknowledge(
      this.secret,
      'AwsSolutions-SMG4',
      'Rotated by hand with two keys valid during a rotation (docs/deploy.md); a rotation function would invalidate links still in the mail.',
    );
    acknowledge(
      this.secret,
      'HIPAA.Security-SecretsManagerRotationEnabled',
      'Rotated by hand with two keys valid during a rotation (docs/deploy.md).',
    );
    this.dynamicReference = this.secret.secretValue.unsafeUnwrap();
  }
}
