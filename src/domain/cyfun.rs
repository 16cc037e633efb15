//! The CyberFundamentals (CyFun®) 2025 BASIC requirements that questions cite.
//!
//! Source: Centre for Cybersecurity Belgium (CCB), CyberFundamentals Framework,
//! version 2025-10-01, BASIC assurance level: requirement ids and key-measure
//! flags only. The CheckUp is an independent self-assessment, not validated by the CCB.

/// One BASIC requirement: its id, whether it is a key measure, and its function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Requirement {
    /// The requirement id, e.g. `PR.DS-11.1`.
    pub id: &'static str,
    /// Whether it is one of the 13 key measures of the BASIC level.
    pub key_measure: bool,
    /// GV, ID, PR, DE, RS or RC.
    pub function: &'static str,
}

/// The 34 requirements of the BASIC level, in framework order.
pub const BASIC: [Requirement; 34] = [
    Requirement {
        id: "GV.OC-03.1",
        key_measure: false,
        function: "GV",
    },
    Requirement {
        id: "GV.RM-03.1",
        key_measure: false,
        function: "GV",
    },
    Requirement {
        id: "GV.RR-04.1",
        key_measure: false,
        function: "GV",
    },
    Requirement {
        id: "GV.PO-01.1",
        key_measure: false,
        function: "GV",
    },
    Requirement {
        id: "ID.AM-01.1",
        key_measure: false,
        function: "ID",
    },
    Requirement {
        id: "ID.AM-02.1",
        key_measure: false,
        function: "ID",
    },
    Requirement {
        id: "ID.AM-05.1",
        key_measure: false,
        function: "ID",
    },
    Requirement {
        id: "ID.AM-07.1",
        key_measure: false,
        function: "ID",
    },
    Requirement {
        id: "ID.AM-08.2",
        key_measure: true,
        function: "ID",
    },
    Requirement {
        id: "ID.RA-01.1",
        key_measure: false,
        function: "ID",
    },
    Requirement {
        id: "ID.RA-05.1",
        key_measure: false,
        function: "ID",
    },
    Requirement {
        id: "ID.IM-03.1",
        key_measure: false,
        function: "ID",
    },
    Requirement {
        id: "PR.AA-01.1",
        key_measure: true,
        function: "PR",
    },
    Requirement {
        id: "PR.AA-03.1",
        key_measure: false,
        function: "PR",
    },
    Requirement {
        id: "PR.AA-03.2",
        key_measure: true,
        function: "PR",
    },
    Requirement {
        id: "PR.AA-05.1",
        key_measure: true,
        function: "PR",
    },
    Requirement {
        id: "PR.AA-05.2",
        key_measure: true,
        function: "PR",
    },
    Requirement {
        id: "PR.AA-05.3",
        key_measure: true,
        function: "PR",
    },
    Requirement {
        id: "PR.AA-05.4",
        key_measure: true,
        function: "PR",
    },
    Requirement {
        id: "PR.AA-06.1",
        key_measure: false,
        function: "PR",
    },
    Requirement {
        id: "PR.AT-01.1",
        key_measure: false,
        function: "PR",
    },
    Requirement {
        id: "PR.DS-01.9",
        key_measure: false,
        function: "PR",
    },
    Requirement {
        id: "PR.DS-11.1",
        key_measure: true,
        function: "PR",
    },
    Requirement {
        id: "PR.PS-04.1",
        key_measure: true,
        function: "PR",
    },
    Requirement {
        id: "PR.PS-05.1",
        key_measure: false,
        function: "PR",
    },
    Requirement {
        id: "PR.IR-01.1",
        key_measure: true,
        function: "PR",
    },
    Requirement {
        id: "PR.IR-01.2",
        key_measure: true,
        function: "PR",
    },
    Requirement {
        id: "DE.CM-01.1",
        key_measure: false,
        function: "DE",
    },
    Requirement {
        id: "DE.CM-01.2",
        key_measure: true,
        function: "DE",
    },
    Requirement {
        id: "DE.CM-03.1",
        key_measure: false,
        function: "DE",
    },
    Requirement {
        id: "DE.AE-03.1",
        key_measure: true,
        function: "DE",
    },
    Requirement {
        id: "RS.MA-01.1",
        key_measure: false,
        function: "RS",
    },
    Requirement {
        id: "RS.CO-02.1",
        key_measure: false,
        function: "RS",
    },
    Requirement {
        id: "RC.RP-01.1",
        key_measure: false,
        function: "RC",
    },
];

/// The requirement with this id.
pub fn requirement(id: &str) -> Option<&'static Requirement> {
    BASIC.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_has_34_requirements_of_which_13_key_measures() {
        assert_eq!(BASIC.len(), 34);
        assert_eq!(BASIC.iter().filter(|r| r.key_measure).count(), 13);
        assert!(requirement("PR.AA-03.2").is_some_and(|r| r.key_measure));
        assert!(requirement("PR.AC-1.1").is_none());
    }
}
