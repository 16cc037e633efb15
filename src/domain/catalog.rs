//! Loading and validating question packs into one [`Catalog`].

use std::collections::{BTreeMap, BTreeSet};

use super::i18n::Msg;
use super::lang::{Lang, Name, Text};
use super::pack::{
    Action, AnswerOption, Condition, GDPR_LAW, Input, Law, OptionRole, Pack, PackKind, Question,
    Scale, Section, Source, Term, parse_citation,
};

/// A problem found in a pack, named by file and id, shown as a translated message.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub struct PackError {
    /// The file (or URL) the pack came from.
    pub file: String,
    /// The id of the pack, section, question, option, action or source at fault.
    pub id: String,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong, without the words (they come from [`PackError::message`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is not valid JSON or does not fit the pack format.
    Json {
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error, from 1.
        column: usize,
        /// The parser's own description (in English).
        detail: String,
    },
    /// The id is used twice in the file, or already by an earlier pack.
    DuplicateId,
    /// The id is not lower-case ASCII letters and digits with `.`, `-` or `_` inside (see [`valid_id`]).
    BadId,
    /// A reference to an id that no loaded pack declares.
    UnknownRef {
        /// What kind of thing was referred to.
        kind: RefKind,
        /// The id that was not found.
        target: String,
    },
    /// A condition looks at a question that is not asked earlier.
    NotEarlier {
        /// The id of the question the condition looks at.
        target: String,
    },
    /// A condition names a value that the target question's scale does not offer.
    UnknownValue {
        /// The id of the question the condition looks at.
        target: String,
        /// The value its scale does not have.
        value: String,
    },
    /// A text is missing in some languages.
    MissingText {
        /// The name of the field without the text.
        field: &'static str,
        /// The languages it is missing in.
        langs: Vec<Lang>,
    },
    /// A link is not `https://`.
    NotHttps {
        /// The link as written.
        url: String,
    },
    /// Any other rule broken, with the message that says which.
    Invalid(Msg),
}

/// The kind of thing a [`Problem::UnknownRef`] points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    /// An answer scale.
    Scale,
    /// An action of the plan.
    Action,
    /// A source (a law article, guideline or standard).
    Source,
    /// A question.
    Question,
    /// A CyberFundamentals requirement id, such as `PR.DS-11.1`.
    Cyfun,
    /// A topic.
    Topic,
    /// A declared act (law).
    Law,
    /// A section.
    Section,
}

impl PackError {
    fn new(file: &str, id: &str, problem: Problem) -> Self {
        PackError {
            file: file.to_string(),
            id: id.to_string(),
            problem,
        }
    }

    /// The message for a person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let f = self.file.as_str();
        let id = self.id.as_str();
        match &self.problem {
            Problem::Json {
                line,
                column,
                detail,
            } => Msg::ErrJson.fill(
                lang,
                &[
                    ("file", f),
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                    ("detail", detail),
                ],
            ),
            Problem::DuplicateId => Msg::ErrDuplicateId.fill(lang, &[("file", f), ("id", id)]),
            Problem::BadId => Msg::ErrBadId.fill(lang, &[("file", f), ("id", id)]),
            Problem::UnknownRef { kind, target } => {
                let kind = match kind {
                    RefKind::Scale => Msg::KindScale,
                    RefKind::Action => Msg::KindAction,
                    RefKind::Source => Msg::KindSource,
                    RefKind::Question => Msg::KindQuestion,
                    RefKind::Cyfun => Msg::KindCyfun,
                    RefKind::Topic => Msg::KindTopic,
                    RefKind::Law => Msg::KindLaw,
                    RefKind::Section => Msg::KindSection,
                }
                .get(lang);
                Msg::ErrUnknownRef.fill(
                    lang,
                    &[("file", f), ("id", id), ("kind", &kind), ("target", target)],
                )
            }
            Problem::NotEarlier { target } => {
                Msg::ErrNotEarlier.fill(lang, &[("file", f), ("id", id), ("target", target)])
            }
            Problem::UnknownValue { target, value } => Msg::ErrUnknownValue.fill(
                lang,
                &[
                    ("file", f),
                    ("id", id),
                    ("target", target),
                    ("value", value),
                ],
            ),
            Problem::MissingText { field, langs } => {
                let langs: Vec<&str> = langs.iter().map(|l| l.code()).collect();
                Msg::ErrMissingText.fill(
                    lang,
                    &[
                        ("file", f),
                        ("id", id),
                        ("field", field),
                        ("langs", &langs.join(", ")),
                    ],
                )
            }
            Problem::NotHttps { url } => {
                Msg::ErrNotHttps.fill(lang, &[("file", f), ("id", id), ("url", url)])
            }
            Problem::Invalid(detail) => Msg::ErrInvalid.fill(
                lang,
                &[("file", f), ("id", id), ("detail", &detail.get(lang))],
            ),
        }
    }
}

/// Parses one pack file. Never panics, whatever the input.
pub fn parse_pack(file: &str, json: &str) -> Result<Pack, PackError> {
    serde_json::from_str::<Pack>(json).map_err(|e| {
        PackError::new(
            file,
            "",
            Problem::Json {
                line: e.line(),
                column: e.column(),
                detail: e.to_string(),
            },
        )
    })
}

/// Where a question sits in the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionPos {
    /// Index of the pack in [`Catalog::packs`].
    pub pack: usize,
    /// Index of the section in its pack.
    pub section: usize,
    /// Index of the question in its section.
    pub question: usize,
    /// Position in the order questions are asked, over all packs.
    pub order: usize,
}

/// The loaded, validated packs, with indexes by id.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    /// The loaded packs, in load order.
    pub packs: Vec<Pack>,
    /// The file each pack came from, by pack index.
    pub files: Vec<String>,
    questions: BTreeMap<String, QuestionPos>,
    scales: BTreeMap<String, (usize, usize)>,
    actions: BTreeMap<String, (usize, usize)>,
    sources: BTreeMap<String, (usize, usize)>,
    laws: BTreeMap<String, (usize, usize)>,
    sections: BTreeMap<String, (usize, usize)>,
}

impl Catalog {
    /// Validates packs in order and keeps those without problems; a pack may use
    /// scales, actions, sources and questions of the packs before it. Returns
    /// the catalogue and the problems of the packs that were left out.
    pub fn build(packs: Vec<(String, Pack)>) -> (Catalog, Vec<PackError>) {
        let mut catalog = Catalog::default();
        let errors = catalog.add_checked(packs);
        (catalog, errors)
    }

    /// A catalogue of packs that were validated before (the packs built into
    /// the site, checked when it was built): indexed, not checked again.
    pub fn build_trusted(packs: Vec<(String, Pack)>) -> Catalog {
        let mut catalog = Catalog::default();
        for (file, pack) in packs {
            catalog.insert(file, pack);
        }
        catalog
    }

    /// Validates packs in order, after the packs already in the catalogue
    /// (which they may use), and adds those without problems, as
    /// [`Catalog::build`] does. Returns the problems of the packs left out.
    pub fn add_checked(&mut self, packs: Vec<(String, Pack)>) -> Vec<PackError> {
        let mut errors = Vec::new();
        let first_new = self.packs.len();
        for (file, pack) in packs {
            self.insert(file, pack);
            let problems = self.check_last();
            if !problems.is_empty() {
                self.remove_last();
                errors.extend(problems);
            }
        }
        // Split targets may be questions of any pack, also a later one; they only
        // tell the person where the question went, so a wrong one leaves the pack in.
        for (p, pack) in self.packs.iter().enumerate().skip(first_new) {
            for split in &pack.split {
                for to in split.to.iter().filter(|to| self.question(to).is_none()) {
                    errors.push(PackError::new(
                        &self.files[p],
                        &split.from,
                        Problem::UnknownRef {
                            kind: RefKind::Question,
                            target: to.clone(),
                        },
                    ));
                }
            }
        }
        errors
    }

    /// Takes the last pack out again, with its index entries (entries of
    /// earlier packs stay: `insert` never replaces them).
    fn remove_last(&mut self) {
        let Some(p) = self.packs.len().checked_sub(1) else {
            return;
        };
        self.packs.pop();
        self.files.pop();
        self.questions.retain(|_, pos| pos.pack != p);
        for map in [
            &mut self.scales,
            &mut self.actions,
            &mut self.sources,
            &mut self.laws,
            &mut self.sections,
        ] {
            map.retain(|_, (pack, _)| *pack != p);
        }
    }

    fn insert(&mut self, file: String, pack: Pack) {
        let p = self.packs.len();
        let mut order = self.questions.len();
        for (s, section) in pack.sections.iter().enumerate() {
            for (q, question) in section.questions.iter().enumerate() {
                self.questions
                    .entry(question.id.clone())
                    .or_insert(QuestionPos {
                        pack: p,
                        section: s,
                        question: q,
                        order,
                    });
                order += 1;
            }
        }
        for (i, scale) in pack.scales.iter().enumerate() {
            self.scales.entry(scale.id.clone()).or_insert((p, i));
        }
        for (i, action) in pack.actions.iter().enumerate() {
            self.actions.entry(action.id.clone()).or_insert((p, i));
        }
        for (i, source) in pack.sources.iter().enumerate() {
            self.sources.entry(source.id.clone()).or_insert((p, i));
        }
        for (i, law) in pack.laws.iter().enumerate() {
            self.laws.entry(law.id.clone()).or_insert((p, i));
        }
        for (i, section) in pack.sections.iter().enumerate() {
            self.sections.entry(section.id.clone()).or_insert((p, i));
        }
        self.packs.push(pack);
        self.files.push(file);
    }

    /// A question by id, in any loaded pack.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions
            .get(id)
            .map(|p| &self.packs[p.pack].sections[p.section].questions[p.question])
    }

    /// Where a question sits, by id.
    pub fn question_pos(&self, id: &str) -> Option<QuestionPos> {
        self.questions.get(id).copied()
    }

    /// An answer scale by id.
    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.get(id).map(|&(p, i)| &self.packs[p].scales[i])
    }

    /// An action of the plan by id.
    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions
            .get(id)
            .map(|&(p, i)| &self.packs[p].actions[i])
    }

    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources
            .get(id)
            .map(|&(p, i)| &self.packs[p].sources[i])
    }

    /// A declared act (not the GDPR, which is built in as [`GDPR_LAW`]).
    pub fn law(&self, id: &str) -> Option<&Law> {
        self.laws.get(id).map(|&(p, i)| &self.packs[p].laws[i])
    }

    /// Whether a citation (`"gdpr:30"`, `"be.privacy-act:10/2"`, `"be.cao-81"`)
    /// names the GDPR or a declared act.
    pub fn knows_citation(&self, citation: &str) -> bool {
        let (law, article) = parse_citation(citation);
        if law == GDPR_LAW {
            article.is_some()
        } else {
            self.law(law).is_some()
        }
    }

    /// A section by id, with the index of its pack.
    pub fn section(&self, id: &str) -> Option<(usize, &Section)> {
        self.sections
            .get(id)
            .map(|&(p, i)| (p, &self.packs[p].sections[i]))
    }

    /// Every explained term of every pack.
    pub fn all_terms(&self) -> impl Iterator<Item = &Term> {
        self.packs.iter().flat_map(|p| p.terms.iter())
    }

    /// The scale of a question (none for free text).
    pub fn scale_of(&self, q: &Question) -> Option<&Scale> {
        q.input.scale().and_then(|s| self.scale(s))
    }

    /// The option of a question with this value.
    pub fn option(&self, q: &Question, value: &str) -> Option<&AnswerOption> {
        self.scale_of(q)?.options.iter().find(|o| o.value == value)
    }

    /// All questions in the order they are asked, with their pack and section.
    pub fn all_questions(&self) -> impl Iterator<Item = (&Pack, &Section, &Question)> {
        self.packs.iter().flat_map(|p| {
            p.sections
                .iter()
                .flat_map(move |s| s.questions.iter().map(move |q| (p, s, q)))
        })
    }

    /// Every action of every pack, in pack order.
    pub fn all_actions(&self) -> impl Iterator<Item = &Action> {
        self.packs.iter().flat_map(|p| p.actions.iter())
    }

    /// Every source of every pack, in pack order.
    pub fn all_sources(&self) -> impl Iterator<Item = &Source> {
        self.packs.iter().flat_map(|p| p.sources.iter())
    }

    /// A loaded pack by id.
    pub fn pack(&self, id: &str) -> Option<&Pack> {
        self.packs.iter().find(|p| p.id == id)
    }

    /// The versions of the loaded packs, by pack id.
    pub fn versions(&self) -> BTreeMap<String, String> {
        super::order::map_of(self.packs.iter().map(|p| (p.id.clone(), p.version.clone())))
    }

    /// Checks the last inserted pack against itself and everything before it.
    fn check_last(&self) -> Vec<PackError> {
        let p = self.packs.len() - 1;
        let pack = &self.packs[p];
        let file = self.files[p].as_str();
        let mut c = Checker {
            file,
            errors: Vec::new(),
            seen: BTreeSet::new(),
        };

        c.id(&pack.id);
        c.text(&pack.id, "title", &pack.title);
        if let Some(t) = &pack.intro {
            c.text(&pack.id, "intro", t);
        }
        if !valid_version(&pack.version) {
            c.invalid(&pack.id, Msg::InvalidVersion);
        }
        if self.packs[..p].iter().any(|other| other.id == pack.id) {
            c.err(&pack.id, Problem::DuplicateId);
        }
        let has_questions = pack.sections.iter().any(|s| !s.questions.is_empty());
        match pack.kind {
            PackKind::Library if !pack.sections.is_empty() => c.invalid(&pack.id, Msg::InvalidKind),
            PackKind::Profile | PackKind::Checkup if !has_questions => {
                c.invalid(&pack.id, Msg::InvalidNoSections)
            }
            PackKind::Profile if self.packs[..p].iter().any(|o| o.kind == PackKind::Profile) => {
                c.invalid(&pack.id, Msg::InvalidKind)
            }
            _ => {}
        }
        // The first question of this pack, in asking order: pack conditions look before it.
        let first_order = self.questions.values().filter(|q| q.pack < p).count();
        if let Some(cond) = &pack.visible_if {
            self.check_condition(&mut c, &pack.id, cond, first_order);
        }

        for scale in &pack.scales {
            c.unique_id(
                &scale.id,
                self.scales.get(&scale.id).is_some_and(|&(sp, _)| sp < p),
            );
            if scale.options.len() < 2 {
                c.invalid(&scale.id, Msg::InvalidEmptyScale);
            }
            let mut values = BTreeSet::new();
            for o in &scale.options {
                if !values.insert(o.value.as_str()) {
                    c.err(&format!("{}/{}", scale.id, o.value), Problem::DuplicateId);
                }
                if !valid_id(&o.value) {
                    c.err(&format!("{}/{}", scale.id, o.value), Problem::BadId);
                }
                c.text(&format!("{}/{}", scale.id, o.value), "label", &o.label);
                if o.score.is_some_and(|s| s > 100) {
                    c.invalid(&format!("{}/{}", scale.id, o.value), Msg::InvalidScore);
                }
            }
        }

        for source in &pack.sources {
            c.unique_id(
                &source.id,
                self.sources.get(&source.id).is_some_and(|&(sp, _)| sp < p),
            );
            c.text(&source.id, "title", &source.title);
            c.text(&source.id, "url", &source.url);
            if let Name::Each(publisher) = &source.publisher {
                c.text(&source.id, "publisher", publisher);
            }
            for (_, url) in source.url.all() {
                if !url.starts_with("https://") && !url.trim().is_empty() {
                    c.err(
                        &source.id,
                        Problem::NotHttps {
                            url: url.to_string(),
                        },
                    );
                }
            }
        }

        for law in &pack.laws {
            c.unique_id(
                &law.id,
                law.id == GDPR_LAW || self.laws.get(&law.id).is_some_and(|&(lp, _)| lp < p),
            );
            c.text(&law.id, "short", &law.short);
            c.text(&law.id, "title", &law.title);
            if let Some(url) = &law.url {
                c.text(&law.id, "url", url);
                for (_, u) in url.all() {
                    if !u.starts_with("https://") {
                        c.err(&law.id, Problem::NotHttps { url: u.to_string() });
                    }
                }
            }
        }
        for term in &pack.terms {
            c.unique_id(
                &term.id,
                self.packs[..p]
                    .iter()
                    .any(|o| o.terms.iter().any(|t| t.id == term.id)),
            );
            c.text(&term.id, "term", &term.term);
            c.text(&term.id, "explain", &term.explain);
        }

        for action in &pack.actions {
            c.unique_id(
                &action.id,
                self.actions.get(&action.id).is_some_and(|&(ap, _)| ap < p),
            );
            if action.hours == Some(0) {
                c.invalid(&action.id, Msg::InvalidHours);
            }
            for steps in &action.platform_how {
                if steps.how.is_empty() {
                    c.invalid(&action.id, Msg::InvalidNoSteps);
                }
                for step in &steps.how {
                    c.text(&action.id, "platform_how", step);
                }
            }
            for before in &action.after {
                if self.action(before).is_none() {
                    c.err(
                        &action.id,
                        Problem::UnknownRef {
                            kind: RefKind::Action,
                            target: before.clone(),
                        },
                    );
                }
            }
            for citation in &action.law {
                if !self.knows_citation(citation) {
                    c.err(
                        &action.id,
                        Problem::UnknownRef {
                            kind: RefKind::Law,
                            target: citation.clone(),
                        },
                    );
                }
            }
            c.text(&action.id, "title", &action.title);
            c.text(&action.id, "why", &action.why);
            if !(1..=5).contains(&action.impact) {
                c.invalid(&action.id, Msg::InvalidImpact);
            }
            if action.how.is_empty() {
                c.invalid(&action.id, Msg::InvalidNoSteps);
            }
            for step in &action.how {
                c.text(&action.id, "how", step);
            }
            for tip in &action.tips {
                if self.source(tip).is_none() {
                    c.err(
                        &action.id,
                        Problem::UnknownRef {
                            kind: RefKind::Source,
                            target: tip.clone(),
                        },
                    );
                }
            }
        }

        let mut order = first_order;
        for section in &pack.sections {
            c.unique_id(&section.id, false);
            c.text(&section.id, "title", &section.title);
            if let Some(t) = &section.intro {
                c.text(&section.id, "intro", t);
            }
            let section_first = order;
            if let Some(cond) = &section.visible_if {
                self.check_condition(&mut c, &section.id, cond, section_first);
            }
            for q in &section.questions {
                self.check_question(&mut c, pack, q, order);
                if super::engine::in_quick(pack.kind, q) && (q.key_measure || q.must_fix) {
                    // A duty is never hidden in the quick CheckUp by a profile
                    // question it does not ask.
                    for cond in [&pack.visible_if, &section.visible_if, &q.visible_if]
                        .into_iter()
                        .flatten()
                    {
                        self.check_quick(&mut c, cond);
                    }
                }
                order += 1;
            }
        }
        for remap in &pack.remap {
            match self.question(&remap.question) {
                None => c.err(
                    &remap.question,
                    Problem::UnknownRef {
                        kind: RefKind::Question,
                        target: remap.question.clone(),
                    },
                ),
                Some(q) => {
                    let from_gone = self.option(q, &remap.from).is_none();
                    let to_exists = remap
                        .to
                        .as_ref()
                        .is_none_or(|v| self.option(q, v).is_some());
                    if !from_gone || !to_exists {
                        c.invalid(&remap.question, Msg::InvalidRemap);
                    }
                }
            }
        }
        // Section ids must not clash with sections of earlier packs either.
        for section in &pack.sections {
            if self.packs[..p]
                .iter()
                .any(|o| o.sections.iter().any(|s| s.id == section.id))
            {
                c.err(&section.id, Problem::DuplicateId);
            }
        }
        // One message per problem, even when several conditions read the same question.
        let mut unique: Vec<PackError> = Vec::new();
        for e in c.errors {
            if !unique.contains(&e) {
                unique.push(e);
            }
        }
        unique
    }

    fn check_question(&self, c: &mut Checker, pack: &Pack, q: &Question, order: usize) {
        let id = q.id.as_str();
        c.unique_id(
            id,
            self.questions.get(id).is_some_and(|pos| pos.order != order),
        );
        c.text(id, "text", &q.text);
        c.text(id, "why", &q.why);
        if let Some(h) = &q.help {
            c.text(id, "help", h);
        }
        if let Some(h) = &q.hint {
            c.text(id, "hint", h);
        }
        let scored = pack.kind == PackKind::Checkup;
        if q.must_fix == q.duty.is_empty() {
            c.invalid(id, Msg::InvalidDuty);
        }
        for citation in q.duty.iter().chain(&q.law) {
            if !self.knows_citation(citation) {
                c.err(
                    id,
                    Problem::UnknownRef {
                        kind: RefKind::Law,
                        target: citation.clone(),
                    },
                );
            }
        }
        for target in &q.also {
            match self.section(target) {
                None => c.err(
                    id,
                    Problem::UnknownRef {
                        kind: RefKind::Section,
                        target: target.clone(),
                    },
                ),
                Some((tp, _)) => {
                    let other = &self.packs[tp];
                    if !scored || other.kind != PackKind::Checkup || other.id == pack.id {
                        c.invalid(id, Msg::InvalidAlso);
                    }
                }
            }
        }
        if q.key_measure
            && self.scale_of(q).is_some_and(|s| {
                s.options
                    .iter()
                    .any(|o| o.role == OptionRole::NotApplicable)
            })
            && q.hint.is_none()
        {
            c.invalid(id, Msg::InvalidKeyMeasureHint);
        }
        if scored && !(1..=5).contains(&q.weight) {
            c.invalid(id, Msg::InvalidWeight);
        }
        match &q.input {
            Input::Choice { scale } | Input::Multi { scale } => match self.scale(scale) {
                None => c.err(
                    id,
                    Problem::UnknownRef {
                        kind: RefKind::Scale,
                        target: scale.clone(),
                    },
                ),
                Some(s) => {
                    if scored
                        && s.options
                            .iter()
                            .any(|o| o.role != OptionRole::NotApplicable && o.score.is_none())
                    {
                        c.invalid(id, Msg::InvalidScore);
                    }
                }
            },
            Input::Text { .. } => {}
        }
        if scored && !matches!(q.input, Input::Choice { .. }) {
            c.invalid(id, Msg::InvalidInputInCheckup);
        }
        for r in &q.cyfun {
            if super::cyfun::requirement(r).is_none() {
                c.err(
                    id,
                    Problem::UnknownRef {
                        kind: RefKind::Cyfun,
                        target: r.clone(),
                    },
                );
            }
        }
        for t in &q.topics {
            if !super::topics::TOPICS.contains(&t.as_str()) {
                c.err(
                    id,
                    Problem::UnknownRef {
                        kind: RefKind::Topic,
                        target: t.clone(),
                    },
                );
            }
        }
        for s in &q.sources {
            if self.source(s).is_none() {
                c.err(
                    id,
                    Problem::UnknownRef {
                        kind: RefKind::Source,
                        target: s.clone(),
                    },
                );
            }
        }
        for t in &q.actions {
            if self.action(&t.action).is_none() {
                c.err(
                    id,
                    Problem::UnknownRef {
                        kind: RefKind::Action,
                        target: t.action.clone(),
                    },
                );
            }
            for v in &t.on {
                if self.option(q, v).is_none() {
                    c.err(
                        id,
                        Problem::UnknownValue {
                            target: id.to_string(),
                            value: v.clone(),
                        },
                    );
                }
            }
        }
        if let Some(cond) = &q.visible_if {
            self.check_condition(c, id, cond, order);
        }
    }

    /// Every profile question a condition reads must be in the quick CheckUp.
    fn check_quick(&self, c: &mut Checker, cond: &Condition) {
        for t in cond.all.iter().chain(&cond.any) {
            if let Some(pos) = self.questions.get(&t.question) {
                let target = &self.packs[pos.pack].sections[pos.section].questions[pos.question];
                if self.packs[pos.pack].kind == PackKind::Profile && target.quick != Some(true) {
                    c.invalid(&t.question, Msg::InvalidNotQuick);
                }
            }
        }
    }

    fn check_condition(&self, c: &mut Checker, id: &str, cond: &Condition, before: usize) {
        if cond.all.is_empty() && cond.any.is_empty() {
            c.invalid(id, Msg::InvalidEmptyCondition);
        }
        for t in cond.all.iter().chain(&cond.any) {
            let Some(pos) = self.questions.get(&t.question) else {
                c.err(
                    id,
                    Problem::UnknownRef {
                        kind: RefKind::Question,
                        target: t.question.clone(),
                    },
                );
                continue;
            };
            if pos.order >= before {
                c.err(
                    id,
                    Problem::NotEarlier {
                        target: t.question.clone(),
                    },
                );
            }
            let takes_values = t.operator != super::pack::Operator::Answered;
            if takes_values == t.values.is_empty() {
                c.invalid(id, Msg::InvalidOperator);
            }
            // In a scored pack, conditions look at the profile only: so a better
            // answer can never show or hide other scored questions.
            let current = &self.packs[self.packs.len() - 1];
            if current.kind == PackKind::Checkup && self.packs[pos.pack].kind != PackKind::Profile {
                c.err(id, Problem::Invalid(Msg::InvalidConditionTarget));
            }
            let target = &self.packs[pos.pack].sections[pos.section].questions[pos.question];
            for v in &t.values {
                if self.option(target, v).is_none() {
                    c.err(
                        id,
                        Problem::UnknownValue {
                            target: t.question.clone(),
                            value: v.clone(),
                        },
                    );
                }
            }
        }
    }
}

struct Checker<'a> {
    file: &'a str,
    errors: Vec<PackError>,
    seen: BTreeSet<String>,
}

impl Checker<'_> {
    fn err(&mut self, id: &str, problem: Problem) {
        self.errors.push(PackError::new(self.file, id, problem));
    }

    fn invalid(&mut self, id: &str, msg: Msg) {
        self.err(id, Problem::Invalid(msg));
    }

    fn id(&mut self, id: &str) {
        if !valid_id(id) {
            self.err(id, Problem::BadId);
        }
    }

    /// Checks the form of an id and that it is used once in this file
    /// (and, when `clash` is true, not already by an earlier pack).
    fn unique_id(&mut self, id: &str, clash: bool) {
        self.id(id);
        if !self.seen.insert(id.to_string()) || clash {
            self.err(id, Problem::DuplicateId);
        }
    }

    fn text(&mut self, id: &str, field: &'static str, text: &Text) {
        let langs = text.missing();
        if !langs.is_empty() {
            self.err(id, Problem::MissingText { field, langs });
        }
    }
}

/// Ids: lower-case ASCII letters and digits, with `.`, `-` and `_` inside.
pub fn valid_id(id: &str) -> bool {
    let b = id.as_bytes();
    !b.is_empty()
        && b.len() <= 80
        && b[0].is_ascii_lowercase() | b[0].is_ascii_digit()
        && b.iter().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'-' | b'_')
        })
}

/// Versions look like `2026.1`.
fn valid_version(v: &str) -> bool {
    match v.split_once('.') {
        Some((y, n)) => {
            y.len() == 4
                && y.bytes().all(|c| c.is_ascii_digit())
                && !n.is_empty()
                && n.bytes().all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}
