import { manifestRoutes, type ServiceManifest } from '@lantern/runtime';
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import type { StageConfig } from './config.js';
import { EdgeStack } from './stacks/edge-stack.js';
import { LanternStack } from './stacks/lantern-stack.js';

export interface LanternAppProps {
  stages: StageConfig[];
  manifests: readonly ServiceManifest[];
  projectRoot: string;
  webDist: string | undefined;
  /** Attach the AwsSolutions and HIPAA Security rule packs (on for `cdk synth`/`deploy`). */
  nag: boolean;
  appProps?: AppProps;
}

export interface LanternStage {
  config: StageConfig;
  edge: EdgeStack;
  main: LanternStack;
}

/** Two stacks per stage: `Lantern-<stage>` in the data region and `Lantern-<stage>-Edge` in us-east-1. */
export function buildLanternApp(props: LanternAppProps): { app: App; stages: LanternStage[] } {
  const app = new App(props.appProps);
  const stages = props.stages.map((config) => {
    const account = config.account ?? process.env.CDK_DEFAULT_ACCOUNT;
    const edge = new EdgeStack(app, `Lantern-${config.stage}-Edge`, config, manifestRoutes(props.manifests), {
      env: { account, region: 'us-east-1' },
      crossRegionReferences: true,
      description: `Lantern ${config.stage}: CloudFront web ACL (us-east-1)`,
    });
    const main = new LanternStack(app, `Lantern-${config.stage}`, {
      env: { account, region: config.region },
      crossRegionReferences: true,
      description: `Lantern ${config.stage}`,
      config,
      manifests: props.manifests,
      projectRoot: props.projectRoot,
      webDist: props.webDist,
      webAclArn: edge.webAclArn,
    });
    main.addStackDependency(edge);
    return { config, edge, main };
  });
  if (props.nag) {
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new HIPAASecurityChecks(app));
  }
  return { app, stages };
}
