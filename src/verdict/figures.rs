//! When an article's figure states the claim's: the same figure, not merely
//! a compatible one.
//!
//! Disjoint intervals conflict. Overlapping ones agree only when they are
//! the same figure:
//! - two exact values equal within the claim's `tolerance` (default 0);
//! - an approximate figure ("about N", "almost N", "just over N") whose band
//!   holds the other's value;
//! - two bounds in the same direction whose anchors agree within the
//!   claim's tolerance;
//! - a bound and an exact or approximate value at the same anchor within the
//!   band of "about" ("up to 6,000" / "6,000"; "more than 300" / "320");
//! - a bound whose anchor is the matching end of a stated range ("up to
//!   3.5%" / "3% to 3.5%");
//! - an exact or approximate value inside a stated range, either way
//!   ("between 60 and 70" / "65"), and two ranges with the same ends.
//!
//! Anything else is compatible but not the same ("more than 170" against
//! "about 237"): it conflicts on `figure`.

use crate::claims::ClaimFigure;
use crate::extract::figure::{Direction, Figure, Qualifier};

use super::Settings;

/// How the article's figure compares with the claim's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    /// The same figure.
    Same,
    /// Overlapping, but not the same figure.
    Compatible,
    /// Disjoint.
    Disjoint,
}

/// The shape of a figure, for the comparison.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    /// One value.
    Exact(f64),
    /// A value within a band.
    Approximate(f64),
    /// One side of a value.
    Bound(Direction, f64),
    /// Two ends.
    Range(f64, f64),
}

fn shape(f: &Figure) -> Shape {
    let v = f.value.unwrap_or(f.low);
    match f.qualifier {
        Qualifier::Exact => Shape::Exact(v),
        Qualifier::About | Qualifier::Almost | Qualifier::JustOver | Qualifier::Odd => Shape::Approximate(v),
        Qualifier::Above | Qualifier::AtLeast => Shape::Bound(Direction::Lower, v),
        Qualifier::UpTo | Qualifier::Below => Shape::Bound(Direction::Upper, v),
        Qualifier::Range | Qualifier::Bounded { .. } | Qualifier::Magnitude => Shape::Range(f.low, f.high),
    }
}

/// Whether `x` and `y` are equal within the relative tolerance `t`.
fn close(x: f64, y: f64, t: f64) -> bool {
    (x - y).abs() <= t * x.abs().max(y.abs()) + 1e-9 * x.abs().max(1.0)
}

/// Compares the claim's figure with the article's.
pub fn compare(claim: &ClaimFigure, claim_tolerance: Option<f64>, article: &Figure, settings: Settings) -> Agreement {
    let exact = claim_tolerance.unwrap_or(0.0);
    let band = settings.tolerance;
    let c = &claim.figure;
    if !c.interval(band).widen(exact).overlaps(&article.interval(band)) {
        return Agreement::Disjoint;
    }
    let holds = |f: &Figure, v: f64| f.interval(band).widen(exact).contains(v);
    let same = match (shape(c), shape(article)) {
        (Shape::Exact(x), Shape::Exact(y)) => close(x, y, exact),
        (Shape::Approximate(x), Shape::Exact(y) | Shape::Approximate(y)) | (Shape::Exact(x), Shape::Approximate(y)) => {
            close(x, y, exact) || holds(c, y) || holds(article, x)
        }
        (Shape::Bound(d1, x), Shape::Bound(d2, y)) => d1 == d2 && close(x, y, exact),
        (Shape::Bound(_, x), Shape::Exact(y) | Shape::Approximate(y))
        | (Shape::Exact(x) | Shape::Approximate(x), Shape::Bound(_, y)) => close(x, y, band.max(exact)),
        (Shape::Bound(d, x), Shape::Range(lo, hi)) | (Shape::Range(lo, hi), Shape::Bound(d, x)) => {
            let end = if d == Direction::Lower { lo } else { hi };
            close(x, end, exact)
        }
        (Shape::Exact(x) | Shape::Approximate(x), Shape::Range(lo, hi))
        | (Shape::Range(lo, hi), Shape::Exact(x) | Shape::Approximate(x)) => lo <= x && x <= hi,
        (Shape::Range(a, b), Shape::Range(x, y)) => close(a, x, exact) && close(b, y, exact),
    };
    if same {
        Agreement::Same
    } else {
        Agreement::Compatible
    }
}

/// Whether the article's figure is only a one-sided bound: "article says
/// only more than 170".
pub fn is_bound(f: &Figure) -> bool {
    matches!(shape(f), Shape::Bound(..))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::figure::parse_figure;

    fn agreement(claim: &str, article: &str) -> Agreement {
        let c = ClaimFigure { text: claim.to_string(), figure: parse_figure(claim).unwrap() };
        compare(&c, None, &parse_figure(article).unwrap(), Settings::default())
    }

    #[test]
    fn exact_values_agree_only_when_equal() {
        assert_eq!(agreement("137", "137"), Agreement::Same);
        assert_eq!(agreement("137", "140"), Agreement::Disjoint);
        let c = ClaimFigure { text: "137".into(), figure: parse_figure("137").unwrap() };
        let a = parse_figure("140").unwrap();
        assert_eq!(compare(&c, Some(0.05), &a, Settings::default()), Agreement::Same);
    }

    #[test]
    fn an_approximate_figure_agrees_with_values_in_its_band() {
        assert_eq!(agreement("about 100", "104"), Agreement::Same);
        assert_eq!(agreement("96", "nearly 100"), Agreement::Same);
        assert_eq!(agreement("about 100", "about 108"), Agreement::Same);
        assert_eq!(agreement("about 100", "125"), Agreement::Disjoint);
        assert_eq!(agreement("almost 100,000", "almost 100,000"), Agreement::Same);
        assert_eq!(agreement("almost 100,000", "100,000"), Agreement::Disjoint);
    }

    #[test]
    fn bounds_in_one_direction_agree_on_their_anchor() {
        assert_eq!(agreement("up to 6,000", "up to 6,000"), Agreement::Same);
        assert_eq!(agreement("up to 6,000", "up to 8,000"), Agreement::Compatible);
        assert_eq!(agreement("more than 140", "at least 141"), Agreement::Compatible);
        assert_eq!(agreement("more than 100", "fewer than 200"), Agreement::Compatible);
    }

    #[test]
    fn a_bound_agrees_with_a_value_at_its_anchor() {
        assert_eq!(agreement("6,000", "up to 6,000"), Agreement::Same);
        assert_eq!(agreement("320", "more than 300"), Agreement::Same);
        assert_eq!(agreement("more than 170", "about 170"), Agreement::Same);
        assert_eq!(agreement("about 237", "more than 170"), Agreement::Compatible);
        assert_eq!(agreement("137", "more than 100"), Agreement::Compatible);
        assert_eq!(agreement("137", "more than 140"), Agreement::Disjoint);
    }

    #[test]
    fn a_bound_agrees_with_the_matching_end_of_a_range() {
        assert_eq!(agreement("up to 3.5%", "3% to 3.5%"), Agreement::Same);
        assert_eq!(agreement("at least 3%", "between 3% and 3.5%"), Agreement::Same);
        assert_eq!(agreement("up to 8%", "3% to 3.5%"), Agreement::Compatible);
        assert_eq!(agreement("more than 3.2%", "3% to 3.5%"), Agreement::Compatible);
    }

    #[test]
    fn a_value_inside_a_range_agrees_either_way() {
        assert_eq!(agreement("65", "between 60 and 70"), Agreement::Same);
        assert_eq!(agreement("between 60 and 70", "65"), Agreement::Same);
        assert_eq!(agreement("75", "between 60 and 70"), Agreement::Disjoint);
        assert_eq!(agreement("between 60 and 70", "between 60 and 70"), Agreement::Same);
        assert_eq!(agreement("between 60 and 80", "between 60 and 70"), Agreement::Compatible);
    }

    #[test]
    fn an_order_of_magnitude_is_a_range() {
        assert_eq!(agreement("300", "hundreds"), Agreement::Same);
        assert_eq!(agreement("more than 300", "hundreds"), Agreement::Compatible);
    }
}
