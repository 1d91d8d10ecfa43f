import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import PublicHome from '../pages/public/PublicHome.vue';
import PublicIntake from '../pages/public/PublicIntake.vue';
import { withSinglePublicEntry } from './public-history.js';

/** Staff pages and the sign-in library load only when someone goes to `/staff`. */
async function requireStaff(to: RouteLocationNormalized) {
  const session = await import('../auth/session.js');
  if (await session.restoreSession()) return true;
  await session.signIn(to.fullPath);
  return false;
}

export function createLanternRouter() {
  return createRouter({
    history: withSinglePublicEntry(createWebHistory()),
    routes: [
      { path: '/', name: 'home', component: PublicHome },
      { path: '/intake', name: 'intake', component: PublicIntake },
      { path: '/intake/done', name: 'done', component: () => import('../pages/public/PublicDone.vue') },
      { path: '/privacy', name: 'privacy', component: () => import('../pages/public/PublicPrivacy.vue') },
      {
        path: '/unsubscribe/:token',
        name: 'unsubscribe',
        component: () => import('../pages/public/PublicUnsubscribe.vue'),
      },
      { path: '/p/:token', name: 'shared-plan', component: () => import('../pages/public/PublicSharedPlan.vue') },
      { path: '/s/:token', name: 'session-link', component: () => import('../pages/public/PublicSessionLink.vue') },
      { path: '/peer', redirect: '/staff' },
      { path: '/staff/callback', name: 'callback', component: () => import('../pages/staff/StaffCallback.vue') },
      {
        path: '/staff',
        component: () => import('../pages/staff/StaffLayout.vue'),
        beforeEnter: requireStaff,
        children: [
          { path: '', name: 'staff', component: () => import('../pages/staff/StaffHome.vue') },
          { path: 'clients', name: 'queue', component: () => import('../pages/staff/StaffQueue.vue') },
          { path: 'clients/:clientId', name: 'client', component: () => import('../pages/staff/StaffClient.vue') },
          {
            path: 'notifications',
            name: 'notifications',
            component: () => import('../pages/staff/StaffNotifications.vue'),
          },
          { path: 'peers', name: 'peers', component: () => import('../pages/staff/StaffPeers.vue') },
          { path: 'peers/new', name: 'peer-new', component: () => import('../pages/staff/StaffPeerNew.vue') },
          { path: 'peers/:peerId', name: 'peer', component: () => import('../pages/staff/StaffPeer.vue') },
          {
            path: 'peers/:peerId/edit',
            name: 'peer-edit',
            component: () => import('../pages/staff/StaffPeerEdit.vue'),
          },
          { path: 'batch', name: 'batch', component: () => import('../pages/staff/StaffBatch.vue') },
          { path: 'overview', name: 'overview', component: () => import('../pages/staff/StaffOverview.vue') },
          {
            path: 'clients/:clientId/workspace',
            name: 'workspace',
            component: () => import('../pages/staff/StaffWorkspace.vue'),
          },
          {
            path: 'me/availability',
            name: 'my-availability',
            component: () => import('../pages/staff/StaffMyAvailability.vue'),
          },
          { path: 'audit', name: 'audit', component: () => import('../pages/staff/StaffAudit.vue') },
        ],
      },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
    scrollBehavior: () => ({ top: 0 }),
  });
}
