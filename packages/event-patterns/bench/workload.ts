/** Deterministic rules of mixed operators and events for the benchmark (no Math.random). */
const SOURCES = Array.from({ length: 12 }, (_, i) => `lantern.service${i}`);
const TYPES = ['IntakeSubmitted', 'MatchConfirmed', 'SessionBooked', 'PeerAvailable', 'ClientWithdrew', 'ReminderDue'];
const REGIONS = ['eu-west-1', 'us-east-1', 'eu-central-1', 'ap-south-1'];
const AREAS = ['grief', 'anxiety', 'addiction', 'parenting', 'loneliness'];

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length]!;
}

/** Rule `i` of a bus: always a source (as on a real bus), then one or two operators from the mix. */
export function rule(i: number): Record<string, unknown> {
  const source = i % 5 === 0 ? [pick(SOURCES, i), pick(SOURCES, i + 1)] : [pick(SOURCES, i)];
  const detail: Record<string, unknown> = {};
  switch (i % 10) {
    case 0:
      detail.area = [pick(AREAS, i), pick(AREAS, i + 2)];
      break;
    case 1:
      detail.caseId = [{ prefix: `case-${i % 7}` }];
      break;
    case 2:
      detail.file = [{ suffix: '.pdf' }];
      detail.size = [{ numeric: ['>', 0, '<=', 5000 + i] }];
      break;
    case 3:
      detail.status = [{ 'anything-but': ['cancelled', 'expired'] }];
      break;
    case 4:
      detail.score = [{ numeric: ['>=', (i % 50) / 10] }];
      break;
    case 5:
      detail.email = [{ 'equals-ignore-case': `peer${i % 9}@example.org` }];
      break;
    case 6:
      detail.path = [{ wildcard: `uploads/*/${pick(AREAS, i)}/*.pdf` }];
      break;
    case 7:
      detail.clientIp = [{ cidr: `10.${i % 4}.0.0/16` }];
      break;
    case 8:
      detail.withdrawnAt = [{ exists: false }];
      detail.area = [{ 'anything-but': { prefix: 'add' } }];
      break;
    default:
      detail.$or = [{ area: [pick(AREAS, i)] }, { score: [{ numeric: ['>', 9] }] }];
  }
  return { source, 'detail-type': [pick(TYPES, Math.floor(i / SOURCES.length))], detail };
}

/** Event `i`: an EventBridge envelope whose detail exercises every rule's fields. */
export function event(i: number): Record<string, unknown> {
  return {
    version: '0',
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    'detail-type': pick(TYPES, i * 7),
    source: pick(SOURCES, i * 5),
    account: '123456789012',
    time: '2026-11-23T01:00:00Z',
    region: pick(REGIONS, i),
    resources: [],
    detail: {
      area: pick(AREAS, i * 3),
      caseId: `case-${i % 11}-${i}`,
      file: i % 3 === 0 ? 'notes.pdf' : 'photo.png',
      size: (i * 37) % 9000,
      status: pick(['open', 'cancelled', 'booked', 'expired'], i),
      score: (i % 100) / 10,
      email: `Peer${i % 9}@Example.org`,
      path: `uploads/${i}/${pick(AREAS, i * 3)}/report.pdf`,
      clientIp: `10.${i % 5}.${i % 250}.${(i * 7) % 250}`,
      ...(i % 4 === 0 ? { withdrawnAt: '2026-11-01T00:00:00Z' } : {}),
    },
  };
}
