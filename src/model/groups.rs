//! The one rule for showing how many people are in a group (a role, a language, first visits,
//! returning people, each answer of the goodbye check): a group of fewer than five people is
//! shown as "fewer than 5", never as a number or a bar, so that no family can be picked out.
//! Every screen and every export asks here before it shows such a count.

use super::PeopleCount;

/// The smallest group shown as a number.
pub const SMALLEST_SHOWN: u32 = 5;

/// How a group's count may be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// As this number (none, or five or more).
    Count(u32),
    /// One to four people: "fewer than 5".
    FewerThan,
}

impl Shown {
    /// How a group of `n` people may be shown.
    pub fn of(n: u32) -> Self {
        if (1..SMALLEST_SHOWN).contains(&n) {
            Shown::FewerThan
        } else {
            Shown::Count(n)
        }
    }

    /// The number, when it may be shown.
    pub fn number(self) -> Option<u32> {
        match self {
            Shown::Count(n) => Some(n),
            Shown::FewerThan => None,
        }
    }

    /// The length of its bar on a chart, when it may have one.
    pub fn bar(self) -> Option<f64> {
        self.number().map(f64::from)
    }
}

/// How a figure about people (first visits, needs) may be shown: as known, as "at least",
/// or not known, each count under the rule above.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShownPeople {
    Known(Shown),
    AtLeast(Shown),
    NotKnown,
}

impl ShownPeople {
    pub fn of(count: PeopleCount) -> Self {
        match count {
            PeopleCount::Known(n) => ShownPeople::Known(Shown::of(n)),
            PeopleCount::AtLeast(n) => ShownPeople::AtLeast(Shown::of(n)),
            PeopleCount::NotKnown => ShownPeople::NotKnown,
        }
    }

    /// The length of its bar on a chart: only an exact count of five or more has one.
    pub fn bar(self) -> Option<f64> {
        match self {
            ShownPeople::Known(shown) => shown.bar(),
            ShownPeople::AtLeast(_) | ShownPeople::NotKnown => None,
        }
    }
}

/// The share of `of` people that `part` is, in whole per cent, when `part` may be shown as a
/// number (a share of a small group would give the group away) and `of` is not zero.
pub fn share(part: u32, of: u32) -> Option<u32> {
    let part = Shown::of(part).number()?;
    (of > 0).then(|| {
        let per_cent = (u64::from(part) * 100 + u64::from(of) / 2) / u64::from(of);
        u32::try_from(per_cent).unwrap_or(u32::MAX)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_under_five_are_never_a_number() {
        assert_eq!(Shown::of(0), Shown::Count(0));
        for n in 1..5 {
            assert_eq!(Shown::of(n), Shown::FewerThan);
            assert_eq!(Shown::of(n).bar(), None);
        }
        assert_eq!(Shown::of(5).number(), Some(5));
        assert_eq!(share(3, 40), None, "a share of three would tell the three");
        assert_eq!(share(10, 40), Some(25));
        assert_eq!(share(10, 0), None);
        assert_eq!(
            ShownPeople::of(PeopleCount::AtLeast(7)).bar(),
            None,
            "only an exact count has a bar"
        );
    }
}
