//! What the app does with the assessment saved in the browser, decided
//! without the browser: reading it at start-up (damaged data is rescued, and
//! its raw text is copied aside or, when no copy can be kept, left in place
//! and never written over), and whether a change may be written.

use super::assessment::Assessment;
use super::transfer;

/// The saved assessment as the app starts with it (see [`load`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// What could be read (empty when nothing was saved or nothing was usable).
    pub assessment: Assessment,
    /// The saved text was damaged; what could be read is in `assessment`,
    /// and a copy of the raw text was kept aside.
    pub recovered: bool,
    /// The saved text was damaged and NO copy of it could be kept aside:
    /// the raw text, which stays in storage as it is and must not be written
    /// over until the person has saved it as a file or chosen to go on.
    pub held: Option<String>,
    /// The data was written by a newer CheckUp in this file format.
    pub newer_format: Option<u32>,
}

/// Reads the raw text saved in the browser (`None`: nothing saved). Damaged
/// text is rescued as far as it reads ([`transfer::read_saved`]); then
/// `keep_copy` is asked to keep its raw text aside, and returns whether it
/// could. When it could not, the text is `held`.
pub fn load(raw: Option<&str>, keep_copy: impl FnOnce(&str) -> bool) -> Loaded {
    let Some(raw) = raw else {
        return Loaded::default();
    };
    let saved = transfer::read_saved(raw);
    let newer_format = saved.as_ref().and_then(|s| s.newer_format);
    match saved {
        Some(s) if !s.damaged => Loaded {
            assessment: s.assessment,
            newer_format,
            ..Loaded::default()
        },
        rescued => {
            let copied = keep_copy(raw);
            Loaded {
                assessment: rescued.map(|s| s.assessment).unwrap_or_default(),
                recovered: copied,
                held: (!copied).then(|| raw.to_string()),
                newer_format,
            }
        }
    }
}

/// What keeps the saved assessment from being written over.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Guard {
    /// The saved data comes from a newer CheckUp (format or packs).
    pub newer: bool,
    /// Damaged saved data is held in place (no copy could be kept aside).
    pub held: bool,
    /// The question packs are not loaded yet: whether the data comes from
    /// newer packs cannot be told.
    pub packs_loading: bool,
}

/// What to do with the saved assessment after a change (see [`step`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Write nothing: the saved data stays as it is.
    Keep,
    /// Remove the saved assessment (the work was emptied).
    Remove,
    /// Write the assessment.
    Write,
}

/// Whether to write `a` over the saved assessment: never while the
/// [`Guard`] holds it; an assessment without work is not stored, and the
/// one saved is removed when `was_saved` says one may be there.
pub fn step(guard: Guard, a: &Assessment, was_saved: bool) -> Step {
    if guard.newer || guard.held || guard.packs_loading {
        Step::Keep
    } else if !a.has_work() {
        if was_saved { Step::Remove } else { Step::Keep }
    } else {
        Step::Write
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::Answer;

    fn work() -> Assessment {
        let mut a = Assessment::default();
        a.answer(
            "profile.staff",
            Some(Answer::One("1-9".into())),
            "2026-01-01T00:00:00Z",
        );
        a
    }

    fn damaged() -> String {
        let full = transfer::export(&work());
        full[..full.len() / 2].to_string()
    }

    #[test]
    fn damaged_data_whose_copy_is_kept_is_recovered() {
        let raw = damaged();
        let mut copied = None;
        let l = load(Some(&raw), |r| {
            copied = Some(r.to_string());
            true
        });
        assert!(l.recovered);
        assert_eq!(l.held, None);
        assert_eq!(copied.as_deref(), Some(raw.as_str()));
    }

    #[test]
    fn damaged_data_whose_copy_cannot_be_kept_is_held_and_never_written_over() {
        let raw = damaged();
        let l = load(Some(&raw), |_| false);
        assert!(!l.recovered);
        assert_eq!(l.held.as_deref(), Some(raw.as_str()));
        let guard = Guard {
            held: l.held.is_some(),
            ..Guard::default()
        };
        // Not even with work, nor when the work is emptied.
        assert_eq!(step(guard, &work(), true), Step::Keep);
        assert_eq!(step(guard, &Assessment::default(), true), Step::Keep);
        // Once the person let it go, saving goes on.
        assert_eq!(step(Guard::default(), &work(), true), Step::Write);
    }

    #[test]
    fn sound_data_is_read_without_a_copy() {
        let raw = transfer::export(&work());
        let l = load(Some(&raw), |_| panic!("no copy of sound data"));
        assert_eq!(l.assessment.answers, work().answers);
        assert!(!l.recovered && l.held.is_none());
        assert_eq!(load(None, |_| panic!("nothing saved")), Loaded::default());
    }

    #[test]
    fn newer_data_and_unknown_packs_are_not_written_over() {
        for guard in [
            Guard {
                newer: true,
                ..Guard::default()
            },
            Guard {
                packs_loading: true,
                ..Guard::default()
            },
        ] {
            assert_eq!(step(guard, &work(), true), Step::Keep);
        }
    }

    #[test]
    fn emptied_work_is_removed_only_when_it_was_saved() {
        let empty = Assessment::default();
        assert_eq!(step(Guard::default(), &empty, true), Step::Remove);
        assert_eq!(step(Guard::default(), &empty, false), Step::Keep);
    }
}
