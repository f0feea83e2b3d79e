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
    /// Five or more, held back because a small group beside it would otherwise be told by
    /// subtraction (see [`parts`]): shown only as "at least" this many, a bound true whatever
    /// the small group is.
    HeldBack(u32),
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
            Shown::FewerThan | Shown::HeldBack(_) => None,
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

/// How each of `parts` (a partition of `whole` people: the people by role at one café, first
/// visits and returning people, the answers to one question) may be shown beside `whole`'s
/// own count. Each is under the rule above; and when exactly one part is a small group, the
/// smallest other part that would be a number is held back too, as "at least" the whole less
/// the parts shown and four for the small group, so the whole less the parts shown never
/// tells the small group (two hidden parts only give away their sum).
pub fn parts(whole: u32, parts: &[u32]) -> Vec<Shown> {
    let mut shown: Vec<Shown> = parts.iter().map(|n| Shown::of(*n)).collect();
    let hidden = shown.iter().filter(|s| **s == Shown::FewerThan).count();
    if hidden == 1 && Shown::of(whole) != Shown::FewerThan {
        let partner = shown
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.number().filter(|n| *n > 0).map(|n| (n, i)))
            .min();
        if let Some((_, i)) = partner {
            let others: u32 = shown
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .filter_map(|(_, s)| s.number())
                .fold(0, u32::saturating_add);
            // True of it whatever the small group is (one to four), and so telling nothing of
            // that group by itself. A reader who knows this rule knows the part is five or
            // more, and so that the small group is at most the whole less five: something
            // only when the whole is under nine.
            let bound = whole.saturating_sub(others.saturating_add(SMALLEST_SHOWN - 1));
            shown[i] = Shown::HeldBack(bound);
        }
    }
    shown
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

    #[test]
    fn a_small_group_is_never_told_by_subtraction_from_the_whole() {
        use Shown::{Count, FewerThan, HeldBack};
        // "at least 8": 12 less the 4 the small group may be.
        // 12 people: 3 first visits and 9 returning. Showing 9 beside 12 would tell the 3.
        assert_eq!(parts(12, &[3, 9]), [FewerThan, HeldBack(8)]);
        // The smallest other part is held back, not a larger one, and zeros stay zeros.
        assert_eq!(
            parts(30, &[0, 2, 8, 20]),
            [Count(0), FewerThan, HeldBack(6), Count(20)]
        );
        // Two small groups only give away their sum; nothing else is held back.
        assert_eq!(parts(27, &[3, 4, 20]), [FewerThan, FewerThan, Count(20)]);
        assert_eq!(parts(15, &[5, 10]), [Count(5), Count(10)]);
        // A whole that is itself a small group has only small parts.
        assert_eq!(parts(3, &[3, 0]), [FewerThan, Count(0)]);
        for whole in 5..40u32 {
            for first in 0..=whole {
                let shown = parts(whole, &[first, whole - first]);
                if (1..5).contains(&first) {
                    assert_eq!(shown[1].number(), None, "{first} of {whole} told");
                    // The bound holds for every small group the first visits could be.
                    match shown[1] {
                        Shown::HeldBack(at_least) => {
                            assert!((1..5).all(|f| whole - f >= at_least), "{whole}: {shown:?}");
                        }
                        other => assert_eq!(other, Shown::FewerThan, "{first} of {whole}"),
                    }
                }
            }
        }
    }
}
