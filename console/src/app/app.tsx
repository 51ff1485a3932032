import AppLayout from '@cloudscape-design/components/app-layout';
import SideNavigation, { type SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import TopNavigation from '@cloudscape-design/components/top-navigation';
import { lazy, Suspense, useMemo } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { href, useFollow } from './links';
import { Loading } from './page-states';
import { type ConsolePage, PAGES } from './pages';
import { useSession } from './session';
import { NotAllowedPage, NotFoundPage } from './status-pages';

const SECTIONS = ['Patients', 'Outreach', 'Operations', 'Administration'] as const;

/** Each page's chunk, loaded on its first visit. */
const LAZY = new Map(PAGES.map((page) => [page, lazy(page.load)]));

/** The signed-in console: the top bar, the navigation the caller's permissions allow, and the routed page. */
export function App() {
  const session = useSession();
  const follow = useFollow();
  const location = useLocation();
  const visible = (page: ConsolePage) => session.can(...page.requires);
  const navigation = useMemo<SideNavigationProps.Item[]>(
    () => [
      { type: 'link', text: 'Home', href: href('/') },
      ...SECTIONS.flatMap((section): SideNavigationProps.Item[] => {
        const pages = PAGES.filter((page) => page.nav === section && session.can(...page.requires));
        return pages.length === 0
          ? []
          : [
              {
                type: 'section',
                text: section,
                items: pages.map((page) => ({ type: 'link', text: page.title, href: href(page.path) })),
              },
            ];
      }),
      { type: 'divider' },
      { type: 'link', text: 'API reference', href: `${import.meta.env.BASE_URL}api-docs.html`, external: true },
    ],
    [session],
  );
  const activeHref = href(`/${location.pathname.split('/')[1] ?? ''}`);
  const who = session.caller.username ?? session.caller.subject;
  return (
    <>
      <div id="top-navigation" style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
        <TopNavigation
          identity={{ href: href('/'), title: 'Patient outreach', onFollow: follow }}
          utilities={[
            {
              type: 'menu-dropdown',
              text: who,
              description: session.caller.roles.join(', '),
              iconName: 'user-profile',
              items: [{ id: 'sign-out', text: 'Sign out' }],
              onItemClick: ({ detail }) => detail.id === 'sign-out' && session.signOut(),
            },
          ]}
        />
      </div>
      <AppLayout
        headerSelector="#top-navigation"
        ariaLabels={{
          navigation: 'Side navigation',
          navigationClose: 'Close side navigation',
          navigationToggle: 'Open side navigation',
          notifications: 'Notifications',
          tools: 'Help panel',
          toolsClose: 'Close help panel',
          toolsToggle: 'Open help panel',
        }}
        toolsHide
        navigation={
          <SideNavigation
            header={{ text: 'Console', href: href('/') }}
            activeHref={activeHref}
            items={navigation}
            onFollow={follow}
          />
        }
        content={
          <Suspense fallback={<Loading what="the page" />}>
            <Routes>
              {PAGES.map((page) => {
                const Page = LAZY.get(page) as ReturnType<typeof lazy>;
                return (
                  <Route
                    key={page.path}
                    path={page.path}
                    element={visible(page) ? <Page /> : <NotAllowedPage page={page} />}
                  />
                );
              })}
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        }
      />
    </>
  );
}
