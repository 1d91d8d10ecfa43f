#!/usr/bin/env bash
# Creates the first Lantern admin after `cdk deploy`, and can be run again safely.
#   infra/scripts/create-admin-user.sh <stage> <email>
# Needs the AWS CLI v2 with credentials for the account. Cognito emails the user a temporary
# password; they sign in at the web URL, choose a password and can then set up TOTP MFA.
set -euo pipefail

stage="${1:-}"
email="${2:-}"
if [[ -z "$stage" || ! "$email" =~ ^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$ ]]; then
  echo "usage: $0 <stage> <email>   (for example: $0 prod admin@your-org.example)" >&2
  exit 2
fi

root="$(cd "$(dirname "$0")/../.." && pwd)"
region="${AWS_REGION:-$(node -e "
  const stages = require('$root/cdk.json').context.lantern.stages;
  const stage = stages[process.argv[1]];
  if (!stage) { console.error('Stage ' + process.argv[1] + ' is not in cdk.json'); process.exit(1); }
  console.log(stage.region);
" "$stage")}"
stack="Lantern-$stage"

output() {
  aws cloudformation describe-stacks --region "$region" --stack-name "$stack" \
    --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue" --output text
}
pool="$(output UserPoolId)"
web="$(output WebUrl)"
if [[ -z "$pool" || "$pool" == "None" ]]; then
  echo "Stack $stack in $region has no UserPoolId output: deploy it first (docs/deploy.md)." >&2
  exit 1
fi

if aws cognito-idp admin-get-user --region "$region" --user-pool-id "$pool" --username "$email" >/dev/null 2>&1; then
  echo "User $email already exists; making sure they are an admin."
else
  aws cognito-idp admin-create-user --region "$region" --user-pool-id "$pool" --username "$email" \
    --user-attributes Name=email,Value="$email" Name=email_verified,Value=true \
    --desired-delivery-mediums EMAIL >/dev/null
  echo "Created $email; Cognito has emailed a temporary password."
fi
aws cognito-idp admin-add-user-to-group --region "$region" --user-pool-id "$pool" --username "$email" --group-name admin
echo "$email is in the admin group. Sign in at $web"
