//! The app state shared by all components, in context, and the effects that
//! keep it in sync with the outside world (address, storage, `<html lang>`).

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::assessment::{Answer, Assessment, Depth, PlanEdit};
use crate::domain::engine::{self, Evaluation};
use crate::domain::nav::{Page, Route};
use crate::domain::report::{self, Report, ReportInput};
use crate::domain::transfer::PackVersion;
use crate::domain::walk::{self, CountChange};
use crate::domain::{Catalog, Lang, Msg, first_page, saving, transfer};

use super::config::Config;
use super::dom;
use super::storage::{self, StorageFault};
use super::strings;

/// The part of a phone screen each question of a section is in, by question id
/// (parts counted from 0).
pub type PartPlan = Vec<(String, usize)>;

/// Storage keys.
pub const LANG_KEY: &str = "checkup.lang";
pub const ASSESSMENT_KEY: &str = "checkup.assessment";
pub const ROUTE_KEY: &str = "checkup.route";
/// The depth chosen before anything was answered: an assessment without work
/// is not stored, and a reload must not turn a quick CheckUp into a full one.
pub const DEPTH_KEY: &str = "checkup.depth";
/// The work replaced by an import or a "start over", kept for undo.
pub const BACKUP_KEY: &str = "checkup.backup";
/// The raw text of saved data that could not be read, kept for rescue.
pub const DAMAGED_KEY: &str = "checkup.damaged";
/// When the assessment was last saved as a file.
pub const EXPORTED_KEY: &str = "checkup.exported";

/// Where the question packs stand.
#[derive(Clone, Debug)]
pub enum Packs {
    Loading,
    Ready(Arc<Catalog>),
    /// The packs could not be loaded at all (the message is translated when shown).
    Failed(String),
}

/// How saving goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saving {
    Ok,
    Fault(StorageFault),
}

/// A notice's text, made in the language shown: switching the language
/// re-makes it, so a message never stays in the language it was given in.
#[derive(Clone)]
pub struct NoticeText(Arc<dyn Fn(Lang) -> String + Send + Sync>);

impl NoticeText {
    /// A text made by `f` in the language asked.
    pub fn new(f: impl Fn(Lang) -> String + Send + Sync + 'static) -> NoticeText {
        NoticeText(Arc::new(f))
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> String {
        (self.0)(lang)
    }

    /// This text, then `more` after a space (an empty part adds nothing).
    pub fn then(self, more: NoticeText) -> NoticeText {
        NoticeText::new(move |l| {
            let (a, b) = (self.get(l), more.get(l));
            match (a.is_empty(), b.is_empty()) {
                (_, true) => a,
                (true, false) => b,
                (false, false) => format!("{a} {b}"),
            }
        })
    }
}

impl From<Msg> for NoticeText {
    fn from(msg: Msg) -> NoticeText {
        NoticeText::new(move |l| msg.get(l).to_string())
    }
}

impl std::fmt::Debug for NoticeText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.get(Lang::En))
    }
}

impl PartialEq for NoticeText {
    fn eq(&self, other: &NoticeText) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// A message that asks for attention, with an optional undo.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: NoticeText,
    /// Offers "undo": puts this assessment back.
    pub undo: Option<Arc<Assessment>>,
    pub error: bool,
    /// The undo is the replaced work kept in storage from an earlier visit:
    /// also offer to let it go.
    pub kept: bool,
    /// The work to undo to could not be kept in storage: offer it as a file.
    pub offer_file: bool,
}

impl Notice {
    /// A plain message.
    pub fn info(text: impl Into<NoticeText>) -> Notice {
        Notice {
            text: text.into(),
            undo: None,
            error: false,
            kept: false,
            offer_file: false,
        }
    }

    /// A message about something that went wrong.
    pub fn error(text: impl Into<NoticeText>) -> Notice {
        Notice {
            error: true,
            ..Notice::info(text)
        }
    }
}

/// Data saved by a newer version of CheckUp (a newer file format or newer
/// question packs). This version shows it as far as it can, but never
/// writes over it: the newer version would lose what this one cannot keep.
#[derive(Clone, Debug, PartialEq)]
pub struct Newer {
    /// The data exactly as the newer version saved it (offered as a file).
    pub raw: String,
    /// The newer file format, when the format is newer.
    pub format: Option<u32>,
    /// The packs in newer versions.
    pub packs: Vec<PackVersion>,
}

/// A note beside the count of questions: why it changed, or that it is now known.
#[derive(Clone, Debug, PartialEq)]
pub enum CountNote {
    /// The profile has just been answered (by an answer to this question): the count is known.
    Known(String),
    /// An answer changed the number of questions.
    Changed(CountChange),
    /// The app reopened in the middle of the questions, with the answers kept.
    WelcomeBack,
}

impl CountNote {
    /// The question whose answer brought the note.
    pub fn question(&self) -> &str {
        match self {
            CountNote::Known(q) => q,
            CountNote::Changed(c) => &c.question,
            CountNote::WelcomeBack => "",
        }
    }
}

/// Shared state: a `Copy` bundle of signals, provided in context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub packs: RwSignal<Packs>,
    /// Problems found in packs or in the branding configuration (for the site owner).
    pub setup_problems: RwSignal<Vec<String>>,
    pub config: RwSignal<Arc<Config>>,
    pub assessment: RwSignal<Assessment>,
    pub saving: RwSignal<Saving>,
    /// Saved data was damaged; what could be read was kept.
    pub recovered: RwSignal<bool>,
    /// Saved data was damaged and no copy of it could be kept aside: its
    /// raw text, left in storage and not written over until the person
    /// saved it as a file or chose to go on without it.
    pub held: RwSignal<Option<Arc<String>>>,
    pub notice: RwSignal<Option<Notice>>,
    /// A new version of the app is ready (offline cache updated).
    pub update_ready: RwSignal<bool>,
    /// When the assessment was last saved as a file (ISO 8601), if ever.
    pub exported: RwSignal<String>,
    /// The saved data is from a newer CheckUp: shown, never written over.
    pub newer: RwSignal<Option<Newer>>,
    /// The federation's configuration has been read (or found missing).
    pub config_loaded: RwSignal<bool>,
    pub evaluation: Memo<Option<Arc<Evaluation>>>,
    /// Why the count of questions changed, until the next answer.
    pub count_note: RwSignal<Option<CountNote>>,
    /// The language came from the address or an earlier choice (not a guess).
    pub lang_chosen: bool,
    /// The language of the packs loaded (their texts are in that language only).
    pub packs_lang: RwSignal<Option<Lang>>,
    /// The parts of the section last opened on a phone: its id, and the part
    /// of each of its questions, so moving between parts keeps them.
    pub section_parts: StoredValue<Option<(String, PartPlan)>>,
}

impl AppState {
    /// The state at start-up: the saved assessment (if any), and the language
    /// from the address, else the one chosen before, else the browser's.
    pub fn load() -> AppState {
        let (route, chosen, lang) = initial_route();

        let (loaded, saving, newer) = load_saved();
        let saving::Loaded {
            assessment,
            recovered,
            held,
            ..
        } = loaded;
        // Reopened in the middle of the questions: say that the answers were kept.
        let welcome = (assessment.has_work() && matches!(route.page, Page::Section(_)))
            .then_some(CountNote::WelcomeBack);
        let notice = kept_backup_notice(saving);
        let packs = RwSignal::new(Packs::Loading);
        // Nothing answered yet: the depth chosen before a reload still holds.
        let depth = storage::read_raw(DEPTH_KEY)
            .ok()
            .flatten()
            .filter(|_| !assessment.has_work())
            .and_then(|d| match d.as_str() {
                "quick" => Some(Depth::Quick),
                "full" => Some(Depth::Full),
                _ => None,
            })
            .unwrap_or(assessment.depth);
        // The assessment is in the language shown, as after a switch: a
        // saved file and the report made from it read in that language.
        let assessment = RwSignal::new(Assessment {
            lang,
            depth,
            ..assessment
        });
        // What scoring reads: the answers, with free texts only as "given or
        // not", so typing a name does not score everything again.
        let scoring = Memo::new(move |_| match packs.get() {
            Packs::Ready(c) => Some(assessment.with(|a| ScoringInput::new(c, a))),
            _ => None,
        });
        let evaluation = Memo::new(move |_| {
            scoring.with(|input| {
                input.as_ref().map(|i| {
                    // Timed on the performance timeline (the benchmark reads "checkup-evaluate").
                    let ev = dom::timed("checkup-evaluate", || {
                        engine::evaluate_with(
                            &i.catalog,
                            &i.answers,
                            &engine::Policy::default(),
                            i.depth,
                        )
                    });
                    Arc::new(ev)
                })
            })
        });
        AppState {
            lang: RwSignal::new(lang),
            route: RwSignal::new(route),
            packs,
            setup_problems: RwSignal::new(vec![]),
            config: RwSignal::new(Arc::new(Config::default())),
            assessment,
            saving: RwSignal::new(saving),
            recovered: RwSignal::new(recovered),
            held: RwSignal::new(held.map(Arc::new)),
            notice: RwSignal::new(notice),
            update_ready: RwSignal::new(false),
            exported: RwSignal::new(
                storage::read_raw(EXPORTED_KEY)
                    .ok()
                    .flatten()
                    .unwrap_or_default(),
            ),
            newer: RwSignal::new(newer),
            config_loaded: RwSignal::new(false),
            evaluation,
            count_note: RwSignal::new(welcome),
            lang_chosen: chosen.is_some(),
            packs_lang: RwSignal::new(None),
            section_parts: StoredValue::new(None),
        }
    }

    pub fn catalog(&self) -> Option<Arc<Catalog>> {
        match self.packs.get() {
            Packs::Ready(c) => Some(c),
            _ => None,
        }
    }

    /// Replaces the current page (no new history entry).
    pub fn replace_page(&self, page: Page) {
        let route = Route::new(self.lang.get_untracked(), page);
        dom::replace_hash(&route.to_hash());
        self.route.set(route);
    }

    /// Shows `route` in place of the current address (no new history entry).
    pub fn replace_route(&self, route: Route) {
        dom::replace_hash(&route.to_hash());
        self.route.set(route);
    }

    /// Goes to a page, as a new history entry, and moves focus to its heading.
    pub fn go(&self, page: Page) {
        self.go_to(Route::new(self.lang.get_untracked(), page));
    }

    pub fn go_to(&self, route: Route) {
        dom::push_hash(&route.to_hash());
        self.route.set(route);
        dom::scroll_top();
    }

    /// Switches the language once its texts and packs are loaded (nothing
    /// changes when they cannot be), remembers it, and keeps the page.
    pub fn set_lang(&self, lang: Lang) {
        let state = *self;
        leptos::task::spawn_local(async move {
            if state.load_lang(lang).await {
                state.show_lang(lang);
            }
        });
    }

    /// Loads the texts of `lang`, and its packs once the configuration says
    /// which; whether the texts are there.
    async fn load_lang(&self, lang: Lang) -> bool {
        if !strings::load(lang).await {
            return false;
        }
        if self.config_loaded.get_untracked() && self.packs_lang.get_untracked() != Some(lang) {
            let _ = load_packs(*self, lang).await;
        }
        true
    }

    fn show_lang(&self, lang: Lang) {
        self.lang.set(lang);
        let _ = storage::write_raw(LANG_KEY, lang.code());
        let mut route = self.route.get_untracked();
        route.lang = Some(lang);
        dom::replace_hash(&route.to_hash());
        self.route.set(route);
        self.assessment.update(|a| a.lang = lang);
    }

    /// Records an answer (or removes it with `None`), and notes how it
    /// changed the count of questions.
    pub fn answer(&self, question: &str, answer: Option<Answer>) {
        let before = self.evaluation.get_untracked();
        let now = dom::now_iso();
        self.assessment.update(|a| a.answer(question, answer, &now));
        self.note_count(before, question);
    }

    /// Ticks or unticks an option of a multiple choice (see [`Assessment::toggle`]).
    pub fn toggle(&self, question: &str, value: &str, on: bool) {
        let Some(catalog) = self.catalog() else {
            return;
        };
        let before = self.evaluation.get_untracked();
        let now = dom::now_iso();
        self.assessment
            .update(|a| a.toggle(&catalog, question, value, on, &now));
        self.note_count(before, question);
    }

    /// Keeps the note beside the count up to date after an answer: why the
    /// count changed, or that it is known now; an answer to another question
    /// that changes nothing clears it.
    fn note_count(&self, before: Option<Arc<Evaluation>>, question: &str) {
        let (Some(before), Some(after)) = (before, self.evaluation.get_untracked()) else {
            return;
        };
        let note = match walk::count_change(&before, &after, question) {
            Some(change) => Some(CountNote::Changed(change)),
            None if !before.profile_progress().done() && after.profile_progress().done() => {
                Some(CountNote::Known(question.to_string()))
            }
            None => None,
        };
        let other = self
            .count_note
            .with_untracked(|n| n.as_ref().is_some_and(|n| n.question() != question));
        if note.is_some() || other {
            self.count_note.set(note);
        }
    }

    /// Takes the answers given on the first screen (see
    /// [`crate::domain::first_page`]): the depth chosen and the answers are
    /// recorded, and their storage key is cleared. Nothing is taken over
    /// work that did not come from the first screen. `None` when there is
    /// nothing to take (or the packs are not in yet).
    pub fn take_first_answers(&self) -> Option<first_page::Handoff> {
        let catalog = self.catalog()?;
        let text = storage::read_raw(first_page::KEY).ok().flatten()?;
        storage::remove(first_page::KEY);
        let handoff: first_page::Handoff = serde_json::from_str(&text).ok()?;
        let ours = FIRST_TAKEN.with(std::cell::Cell::get);
        if !ours && self.assessment.with_untracked(Assessment::has_work) {
            return None;
        }
        FIRST_TAKEN.with(|t| t.set(true));
        if !ours {
            self.set_depth(handoff.depth);
        }
        let now = dom::now_iso();
        let before = self.evaluation.get_untracked();
        let old = self.assessment.get_untracked();
        let mut a = old.clone();
        handoff.apply(&mut a, &catalog, &now);
        if a != old {
            self.assessment.set(a);
            if let Some(q) = handoff.answers.keys().next_back() {
                self.note_count(before, q);
            }
        }
        Some(handoff)
    }

    /// Chooses the depth (quick or full); every answer is kept.
    pub fn set_depth(&self, depth: Depth) {
        if self.assessment.with_untracked(|a| !a.has_work()) {
            let text = match depth {
                Depth::Quick => "quick",
                Depth::Full => "full",
            };
            let _ = storage::write_raw(DEPTH_KEY, text);
        }
        if self.assessment.with_untracked(|a| a.depth) != depth {
            let now = dom::now_iso();
            self.assessment.update(|a| a.set_depth(depth, &now));
        }
    }

    /// Changes the person's edits of one action (see [`Assessment::edit_plan`]).
    pub fn edit_plan(&self, action: &str, f: impl FnOnce(&mut PlanEdit)) {
        let now = dom::now_iso();
        self.assessment.update(|a| {
            a.edit_plan(action, &now, f);
        });
    }

    /// Writes the assessment to storage now, not when the effects next run
    /// (the page may be about to close).
    pub fn save_now(&self) {
        let a = self.assessment.get_untracked();
        write_assessment(*self, &a, false);
    }

    /// Replaces the whole assessment (import, start over), keeping the old
    /// one for undo, in memory and in storage (the undo survives a reload).
    /// When the backup cannot be written, the undo still works until the
    /// page is closed: the notice says so and offers the replaced work as a
    /// file.
    pub fn replace(&self, next: Assessment, text: impl Into<NoticeText>) {
        let old = self.assessment.get_untracked();
        let keep = old.has_work();
        let kept = if keep {
            storage::write_raw(BACKUP_KEY, &transfer::export(&old)).is_ok()
        } else {
            storage::remove(BACKUP_KEY);
            true
        };
        storage::remove(DEPTH_KEY);
        let mut text: NoticeText = text.into();
        if !kept {
            text = text.then(Msg::BackupNotKept.into());
        }
        self.newer.set(None);
        self.count_note.set(None);
        self.assessment.set(next);
        self.notice.set(Some(Notice {
            undo: keep.then(|| Arc::new(old)),
            offer_file: !kept,
            error: !kept,
            ..Notice::info(text)
        }));
    }

    /// Lets go of damaged saved data held in place: from now on the
    /// answers shown are saved over it.
    pub fn release_held(&self) {
        self.held.set(None);
        self.recovered.set(false);
    }

    /// Puts back the assessment a notice offered to restore.
    pub fn undo(&self, previous: Arc<Assessment>) {
        storage::remove(BACKUP_KEY);
        self.newer.set(None);
        self.assessment.set((*previous).clone());
        self.notice.set(Some(Notice::info(Msg::Restored)));
    }

    /// Lets go of the replaced work kept for undo.
    pub fn forget_backup(&self) {
        storage::remove(BACKUP_KEY);
        self.notice.set(None);
    }

    /// The report in the current language, for today.
    pub fn report(&self) -> Option<Report> {
        let catalog = self.catalog()?;
        let evaluation = self.evaluation.get()?;
        let lang = self.lang.get();
        let config = self.config.get();
        Some(self.assessment.with(|a| {
            report::build(&ReportInput {
                catalog: &catalog,
                assessment: a,
                evaluation: &evaluation,
                lang,
                today: &dom::today_iso(),
                branding: config.branding(lang),
            })
        }))
    }
}

/// What scoring reads from the assessment: the catalogue (the same one as
/// long as the packs do not change), the depth and the answers, with each
/// free-text answer reduced to "given" or "empty" (no condition or score
/// reads more of it). Equal inputs score the same, so a keystroke in a text
/// field scores nothing again.
#[derive(Clone)]
struct ScoringInput {
    catalog: Arc<Catalog>,
    depth: crate::domain::assessment::Depth,
    answers: std::collections::BTreeMap<String, Answer>,
}

impl ScoringInput {
    fn new(catalog: Arc<Catalog>, a: &Assessment) -> ScoringInput {
        let answers = crate::domain::order::map_of(a.answers.iter().map(|(id, answer)| {
            let text = catalog
                .question(id)
                .is_some_and(|q| matches!(q.input, crate::domain::pack::Input::Text { .. }));
            let answer = match answer {
                Answer::One(t) if text => {
                    Answer::One(if t.trim().is_empty() { "" } else { "…" }.to_string())
                }
                other => other.clone(),
            };
            (id.clone(), answer)
        }));
        ScoringInput {
            catalog,
            depth: a.depth,
            answers,
        }
    }
}

impl PartialEq for ScoringInput {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.catalog, &other.catalog)
            && self.depth == other.depth
            && self.answers == other.answers
    }
}

thread_local! {
    /// Counts pack loads, so that only the latest one is kept.
    static PACK_LOADS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

thread_local! {
    /// Whether answers from the first screen were taken in this visit (then
    /// later ones, typed while the app took over, are taken too).
    static FIRST_TAKEN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Loads the packs the configuration names, in `lang`, into the state.
/// Returns the problems found, or `None` when a later load (a language
/// switch) took over meanwhile.
pub async fn load_packs(state: AppState, lang: Lang) -> Option<Vec<String>> {
    let load = PACK_LOADS.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let files = state.config.get_untracked().pack_files.clone();
    let (catalog, problems) = super::packs::load(&files, lang).await;
    if PACK_LOADS.with(std::cell::Cell::get) != load {
        return None;
    }
    // Score once, with no answers, in a task of its own: the browser
    // prepares the scoring code on its first use, which then does not
    // lengthen the task that shows the packs.
    dom::timed("checkup-warm-up", || {
        engine::evaluate(&catalog, &std::collections::BTreeMap::new())
    });
    dom::yield_now().await;
    if PACK_LOADS.with(std::cell::Cell::get) != load {
        return None;
    }
    if catalog
        .packs
        .iter()
        .any(|p| p.kind == crate::domain::pack::PackKind::Profile)
    {
        state.packs.set(Packs::Ready(Arc::new(catalog)));
    } else {
        state.packs.set(Packs::Failed(Msg::PacksFailed.get(lang)));
    }
    state.packs_lang.set(Some(lang));
    Some(problems)
}

/// The page and language at start-up: the route (from the address, else the
/// saved one), the language named by the address or chosen before (if any),
/// and the language to show (that one, else the browser's, else English).
pub fn initial_route() -> (Route, Option<Lang>, Lang) {
    let mut route = Route::parse(&dom::hash());
    if route.lang.is_none()
        && route.page == Page::Start
        && let Some(saved) = storage::read_raw(ROUTE_KEY).ok().flatten()
    {
        // Reopening the app without an address resumes where the person was.
        route = Route {
            lang: None,
            ..Route::parse(&saved)
        };
    }
    let chosen = route.lang.or_else(|| {
        storage::read_raw(LANG_KEY)
            .ok()
            .flatten()
            .and_then(|c| Lang::from_code(&c))
    });
    let lang = chosen
        .or_else(|| {
            dom::browser_languages()
                .iter()
                .find_map(|c| Lang::from_code(c))
        })
        .unwrap_or_default();
    (route, chosen, lang)
}

/// Reads the saved assessment. Damaged data is rescued as far as possible
/// (the raw text is kept aside; when it cannot be, it is held in place, see
/// [`saving::load`]); blocked storage gives an empty assessment; data in a
/// newer file format is shown but marked, so it is never written over.
fn load_saved() -> (saving::Loaded, Saving, Option<Newer>) {
    let raw = match storage::read_raw(ASSESSMENT_KEY) {
        Err(fault) => return (saving::Loaded::default(), Saving::Fault(fault), None),
        Ok(raw) => raw,
    };
    let loaded = saving::load(raw.as_deref(), |r| {
        storage::write_raw(DAMAGED_KEY, r).is_ok()
    });
    let newer = loaded.newer_format.map(|v| Newer {
        raw: raw.clone().unwrap_or_default(),
        format: Some(v),
        packs: vec![],
    });
    (loaded, Saving::Ok, newer)
}

/// The work an import or "start over" replaced, kept in storage for undo:
/// offered again after a reload, until it is brought back or let go.
fn kept_backup_notice(saving: Saving) -> Option<Notice> {
    if saving != Saving::Ok {
        return None;
    }
    let kept = storage::read_raw(BACKUP_KEY)
        .ok()
        .flatten()
        .and_then(|raw| transfer::parse(&raw))?;
    if !kept.has_work() {
        return None;
    }
    let kept = Arc::new(kept);
    let what = kept.clone();
    Some(Notice {
        text: NoticeText::new(move |l| {
            Msg::BackupKept.fill(l, &[("what", &work_summary(&what, None, l))])
        }),
        undo: Some(kept),
        error: false,
        kept: true,
        offer_file: false,
    })
}

/// "answers: 101, actions with your notes: 3, baselines: 1" (the parts that are not empty).
pub fn work_summary(a: &Assessment, catalog: Option<&Catalog>, lang: Lang) -> String {
    // Counted as the progress counts them: answers to the questions asked
    // (answers to questions the profile hides are kept, but not counted).
    let answers = catalog.map_or(a.answers.len(), |c| {
        engine::evaluate_assessment(c, a).progress.answered
    });
    let mut parts = vec![Msg::CountAnswers.fill(lang, &[("n", &answers.to_string())])];
    if !a.plan.is_empty() {
        parts.push(Msg::CountPlan.fill(lang, &[("n", &a.plan.len().to_string())]));
    }
    if !a.history.is_empty() {
        parts.push(Msg::CountBaselines.fill(lang, &[("n", &a.history.len().to_string())]));
    }
    parts.join(", ")
}

/// The shared state from context.
pub fn expect_state() -> AppState {
    expect_context::<AppState>()
}

/// Keeps `<html lang>` and the page title on the chosen language and page.
pub fn sync_document(state: AppState) {
    Effect::new(move |_| {
        let lang = state.lang.get();
        dom::set_html_lang(lang.code());
        let page = match state.route.get().page {
            Page::Start | Page::Begin(_) => Msg::TitleStart,
            Page::Section(_) => Msg::TitleQuestions,
            Page::Review if state.evaluation.get().is_some_and(|e| e.progress.done()) => {
                Msg::ReviewDoneTitle
            }
            Page::Review => Msg::TitleReview,
            Page::Results => Msg::TitleResults,
            Page::Plan => Msg::TitlePlan,
            Page::Documents => Msg::TitleDocuments,
            Page::About => Msg::TitleAbout,
        };
        dom::set_title(&format!("{} – {}", page.get(lang), Msg::AppName.get(lang)));
    });
}

/// Follows the URL fragment: back, forward and hand-edited addresses.
pub fn follow_hash(state: AppState) {
    dom::on_hash_change(move || {
        let route = Route::parse(&dom::hash());
        if let Some(l) = route.lang
            && l != state.lang.get_untracked()
        {
            leptos::task::spawn_local(async move {
                if state.load_lang(l).await {
                    state.lang.set(l);
                    let _ = storage::write_raw(LANG_KEY, l.code());
                }
            });
        }
        state.route.set(route);
    });
    // Name the page and language in the address from the start, and remember
    // the language (in a task of its own, after the first render).
    leptos::task::spawn_local(async move {
        dom::yield_now().await;
        let mut route = state.route.get_untracked();
        let lang = state.lang.get_untracked();
        route.lang = Some(lang);
        dom::replace_hash(&route.to_hash());
        let _ = storage::write_raw(LANG_KEY, lang.code());
    });
}

/// How long typing may go on before the text is saved (ms).
const TYPING_SAVE_MS: i32 = 400;

/// Whether `new` differs from `old` only in what a person types: free-text
/// answers, and the owner and note of plan actions (and the time of change).
/// Such changes are saved once the typing pauses, not on every key.
fn only_typed(catalog: &Catalog, old: &Assessment, new: &Assessment) -> bool {
    let strip = |a: &Assessment| {
        let mut a = a.clone();
        a.updated.clear();
        a.answers.retain(|id, _| {
            !catalog
                .question(id)
                .is_some_and(|q| matches!(q.input, crate::domain::pack::Input::Text { .. }))
        });
        for edit in a.plan.values_mut() {
            edit.owner.clear();
            edit.note.clear();
        }
        a.plan.retain(|_, e| !e.is_empty());
        a
    };
    old != new && strip(old) == strip(new)
}

/// Saves every change of the assessment and the current page, and reports
/// storage faults; the app keeps working in memory whatever happens. Data
/// from a newer CheckUp is never written over. What a person types in a
/// text field is saved when the typing pauses ([`TYPING_SAVE_MS`]), when the
/// page is hidden or left, or with the next other change, never on every key.
pub fn persist_assessment(state: AppState) {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;
    // The assessment as last seen, and the timer of a save that waits for typing to pause.
    let seen: Rc<RefCell<Option<Assessment>>> = Rc::new(RefCell::new(None));
    let timer: Rc<Cell<Option<i32>>> = Rc::new(Cell::new(None));
    // A save still waiting happens at once when the page is hidden or left.
    {
        let timer = timer.clone();
        dom::on_page_hide(move || {
            if let Some(t) = timer.take() {
                dom::window().clear_timeout_with_handle(t);
                state.save_now();
            }
        });
    }
    Effect::new(move |first: Option<()>| {
        let a = state.assessment.get();
        // Tracked here, so that the effect runs again when they change.
        state.newer.track();
        state.held.track();
        state.packs.track();
        let typed = match (state.catalog(), seen.borrow().as_ref()) {
            (Some(c), Some(old)) => only_typed(&c, old, &a),
            _ => false,
        };
        *seen.borrow_mut() = Some(a.clone());
        if let Some(t) = timer.take() {
            dom::window().clear_timeout_with_handle(t);
        }
        if typed {
            let pending = timer.clone();
            let id = dom::after(TYPING_SAVE_MS, move || {
                pending.set(None);
                state.save_now();
            });
            timer.set(id);
        } else {
            write_assessment(state, &a, first.is_some());
        }
    });
    Effect::new(move |_| {
        let route = state.route.get();
        let _ = storage::write_raw(ROUTE_KEY, &route.to_hash());
    });
}

/// Saves the assessment in storage, unless it is data from a newer CheckUp,
/// damaged data held in place, or the packs are not known yet; an empty
/// assessment is removed (when `clear` says it was there before), not
/// stored (see [`saving::step`]).
fn write_assessment(state: AppState, a: &Assessment, clear: bool) {
    // Write nothing before the packs are known: only then can it be
    // told whether the saved data comes from newer questions.
    let (packs_loading, newer_packs) = match state.packs.get_untracked() {
        Packs::Loading => (true, false),
        Packs::Ready(c) => (false, !transfer::newer_packs(a, &c).is_empty()),
        Packs::Failed(_) => (false, false),
    };
    let guard = saving::Guard {
        newer: newer_packs || state.newer.with_untracked(Option::is_some),
        held: state.held.with_untracked(Option::is_some),
        packs_loading,
    };
    match saving::step(guard, a, clear) {
        saving::Step::Keep => {}
        saving::Step::Remove => storage::remove(ASSESSMENT_KEY),
        saving::Step::Write => {
            // The same text as an exported file: one writer of the assessment.
            let next = match storage::write_raw(ASSESSMENT_KEY, &transfer::export(a)) {
                Ok(()) => Saving::Ok,
                Err(f) => Saving::Fault(f),
            };
            if state.saving.get_untracked() != next {
                state.saving.set(next);
            }
        }
    }
}

/// Two tabs on the same assessment: when another tab saves, this tab takes
/// over its answers (which already hold this tab's, since every change is
/// saved at once), so neither silently loses the other's work. When another
/// tab clears everything, this tab clears too and says so, so it cannot
/// write the data back. Data a newer CheckUp saved is shown, not written over.
pub fn follow_other_tabs(state: AppState) {
    dom::on_storage_change(move |key, value| {
        if key != ASSESSMENT_KEY {
            return;
        }
        let lang = state.lang.get_untracked();
        let Some(value) = value else {
            // Removed in another tab: "Clear all data" (or its work emptied).
            if state.assessment.with_untracked(|a| a.has_work())
                || state.newer.with_untracked(Option::is_some)
            {
                state.newer.set(None);
                state.assessment.set(Assessment {
                    lang,
                    ..Assessment::default()
                });
                state.notice.set(Some(Notice::info(Msg::ClearedElsewhere)));
            }
            return;
        };
        let Some(saved) = transfer::read_saved(&value) else {
            return;
        };
        let mut theirs = saved.assessment;
        let newer_packs = state
            .catalog()
            .map(|c| transfer::newer_packs(&theirs, &c))
            .unwrap_or_default();
        if saved.newer_format.is_some() || !newer_packs.is_empty() {
            state.newer.set(Some(Newer {
                raw: value.clone(),
                format: saved.newer_format,
                packs: newer_packs,
            }));
        } else if state.newer.with_untracked(Option::is_some) {
            state.newer.set(None);
        }
        if let Some(c) = state.catalog() {
            theirs = transfer::migrate(theirs, &c).assessment;
        }
        if state.assessment.with_untracked(|ours| *ours != theirs) {
            state.assessment.set(theirs);
            state.notice.set(Some(Notice::info(Msg::OtherTab)));
        }
    });
}

/// Brings a saved assessment in line with the packs once they are loaded:
/// renamed ids followed, changed answers mapped or kept aside (the person
/// is told which questions are asked again, and why), kept-aside answers
/// that fit again brought back. Data from newer packs is marked, so it is
/// never written over.
pub fn migrate_on_load(state: AppState) {
    Effect::new(move |_| {
        if let Packs::Ready(catalog) = state.packs.get() {
            let a = state.assessment.get_untracked();
            let newer_packs = transfer::newer_packs(&a, &catalog);
            if !newer_packs.is_empty() {
                let raw = storage::read_raw(ASSESSMENT_KEY)
                    .ok()
                    .flatten()
                    .unwrap_or_else(|| transfer::export(&a));
                let format = state.newer.get_untracked().and_then(|n| n.format);
                state.newer.set(Some(Newer {
                    raw,
                    format,
                    packs: newer_packs,
                }));
            }
            let mut imported = transfer::migrate(a.clone(), &catalog);
            if imported.assessment != a {
                state.assessment.set(imported.assessment.clone());
            }
            // Newer versions have their own banner; unknown fields are kept without a word here.
            imported.newer_packs.clear();
            imported.unknown_fields.clear();
            let lang = state.lang.get_untracked();
            if !transfer::notes(&imported, &catalog, lang).is_empty() {
                let catalog = catalog.clone();
                let text =
                    NoticeText::new(move |l| transfer::notes(&imported, &catalog, l).join(" "));
                state.notice.update(|n| match n {
                    Some(n) => n.text = n.text.clone().then(text),
                    None => *n = Some(Notice::info(text)),
                });
            }
        }
    });
}
