import { AppFooter, AppHeader, AppSkipLinks, MAIN_CONTENT_ID, type HeaderAccount } from '@pairs/web-ui';
import { Route, Routes } from 'react-router';
import { useRouteFocus } from './lib/use-route-focus';
import { AccessibilityPage } from './pages/accessibility-page';
import { AccountHomePage } from './pages/account/account-home-page';
import { AccountLayout } from './pages/account/account-layout';
import { MyDataPage } from './pages/account/my-data-page';
import { ProfileEditPage } from './pages/account/profile-edit-page';
import { SessionsPage } from './pages/account/sessions-page';
import { ForgotPasswordPage } from './pages/auth/forgot-password-page';
import { ResetPasswordPage } from './pages/auth/reset-password-page';
import { SignInPage } from './pages/auth/sign-in-page';
import { SignUpPage } from './pages/auth/sign-up-page';
import { VerifyEmailPage } from './pages/auth/verify-email-page';
import { CaseStudyEditorPage } from './pages/case-studies/case-study-editor-page';
import { CaseStudyHistoryPage } from './pages/case-studies/case-study-history-page';
import { CaseStudyListPage } from './pages/case-studies/case-study-list-page';
import { CaseStudyPage } from './pages/case-studies/case-study-page';
import { MyCaseStudiesPage } from './pages/case-studies/my-case-studies-page';
import { EditGroupPage, NewGroupPage } from './pages/groups/group-editor-page';
import { GroupListPage } from './pages/groups/group-list-page';
import { GroupPage } from './pages/groups/group-page';
import { HomePage } from './pages/home-page';
import { MemberProfilePage } from './pages/member-profile-page';
import { ReviewQueuePage } from './pages/moderation/review-queue-page';
import { ThemesModerationPage } from './pages/moderation/themes-moderation-page';
import { NotFoundPage } from './pages/not-found-page';
import { OrganizationListPage } from './pages/organizations/organization-list-page';
import { OrganizationPage } from './pages/organizations/organization-page';
import { PrivacyPage } from './pages/privacy-page';
import { AskQuestionPage } from './pages/questions/ask-question-page';
import { QuestionHistoryPage } from './pages/questions/question-history-page';
import { QuestionListPage } from './pages/questions/question-list-page';
import { QuestionPage } from './pages/questions/question-page';
import { ThemeIndexPage } from './pages/themes/theme-index-page';
import { ThemePage } from './pages/themes/theme-page';
import { RequireViewer } from './session/require-viewer';
import { SessionProvider, useSession } from './session/session-provider';
import { canModerate, profilePath, useViewer } from './session/viewer';

/** The DSFR header, told who is signed in. */
function SessionHeader() {
  const { viewer, loading } = useViewer();
  const { signOut } = useSession();
  const account: HeaderAccount = loading
    ? { status: 'loading' }
    : viewer === null
      ? { status: 'signed-out' }
      : {
          status: 'signed-in',
          displayName: viewer.displayName,
          profilePath: profilePath(viewer.handle),
          onSignOut: () => void signOut(),
          canModerate: canModerate(viewer),
        };
  return <AppHeader account={account} />;
}

/** Layout and routes; the router and Apollo providers are set up by the caller (main.tsx or a test). */
export function App() {
  useRouteFocus(MAIN_CONTENT_ID);

  return (
    <SessionProvider>
      <AppSkipLinks />
      <SessionHeader />
      {/* tabIndex -1: target of the "Contenu" skip link and of focus after navigation. */}
      <main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/accessibilite" element={<AccessibilityPage />} />
          <Route path="/donnees-personnelles" element={<PrivacyPage />} />
          <Route path="/inscription" element={<SignUpPage />} />
          <Route path="/connexion" element={<SignInPage />} />
          <Route path="/mot-de-passe-oublie" element={<ForgotPasswordPage />} />
          {/* Paths written in the mails the API sends: keep them. */}
          <Route path="/reinitialiser-mot-de-passe" element={<ResetPasswordPage />} />
          <Route path="/verifier-email" element={<VerifyEmailPage />} />
          <Route path="/membres/:handle" element={<MemberProfilePage />} />
          <Route path="/thematiques" element={<ThemeIndexPage />} />
          <Route path="/thematiques/:slug" element={<ThemePage />} />
          <Route path="/retours-d-experience" element={<CaseStudyListPage />} />
          <Route path="/retours-d-experience/:slug" element={<CaseStudyPage />} />
          <Route path="/retours-d-experience/:slug/historique" element={<CaseStudyHistoryPage />} />
          {/* A static segment wins over `:slug`: "nouveau" is never read as a slug. */}
          <Route
            path="/retours-d-experience/nouveau"
            element={
              <RequireViewer>
                <CaseStudyEditorPage />
              </RequireViewer>
            }
          />
          <Route
            path="/retours-d-experience/:slug/modifier"
            element={
              <RequireViewer>
                <CaseStudyEditorPage />
              </RequireViewer>
            }
          />
          <Route path="/questions" element={<QuestionListPage />} />
          {/* A static segment wins over `:id`: "nouvelle" is never read as a thread id. */}
          <Route
            path="/questions/nouvelle"
            element={
              <RequireViewer>
                <AskQuestionPage />
              </RequireViewer>
            }
          />
          <Route path="/questions/:id" element={<QuestionPage />} />
          {/* The stable URL of a reply: the thread page, starting at that reply. */}
          <Route path="/questions/:id/reponses/:replyId" element={<QuestionPage />} />
          <Route path="/questions/:id/historique" element={<QuestionHistoryPage />} />
          <Route path="/questions/:id/reponses/:replyId/historique" element={<QuestionHistoryPage />} />
          <Route path="/organisations" element={<OrganizationListPage />} />
          <Route path="/organisations/:slug" element={<OrganizationPage />} />
          <Route path="/groupes" element={<GroupListPage />} />
          {/* A static segment wins over `:slug`: "nouveau" is never read as a group slug. */}
          <Route
            path="/groupes/nouveau"
            element={
              <RequireViewer>
                <NewGroupPage />
              </RequireViewer>
            }
          />
          <Route path="/groupes/:slug" element={<GroupPage />} />
          <Route
            path="/groupes/:slug/modifier"
            element={
              <RequireViewer>
                <EditGroupPage />
              </RequireViewer>
            }
          />
          <Route
            path="/mes-retours-d-experience"
            element={
              <RequireViewer>
                <MyCaseStudiesPage />
              </RequireViewer>
            }
          />
          <Route
            path="/moderation/relectures"
            element={
              <RequireViewer>
                <ReviewQueuePage />
              </RequireViewer>
            }
          />
          <Route
            path="/moderation/thematiques"
            element={
              <RequireViewer>
                <ThemesModerationPage />
              </RequireViewer>
            }
          />
          <Route
            path="/mon-compte"
            element={
              <RequireViewer>
                <AccountLayout />
              </RequireViewer>
            }
          >
            <Route index element={<AccountHomePage />} />
            <Route path="profil" element={<ProfileEditPage />} />
            <Route path="sessions" element={<SessionsPage />} />
            <Route path="donnees" element={<MyDataPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
      <AppFooter />
    </SessionProvider>
  );
}
