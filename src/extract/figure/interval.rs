//! The interval a figure stands for: bounds that may be open, each included
//! or not, so that "more than 140" excludes 140 and "up to 6,000" includes it.

use serde::Serialize;

/// An interval of values; `None` is an open (infinite) bound.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    /// Lower bound.
    pub min: Option<f64>,
    /// Upper bound.
    pub max: Option<f64>,
    /// Whether the lower bound belongs to the interval.
    pub min_inclusive: bool,
    /// Whether the upper bound belongs to the interval.
    pub max_inclusive: bool,
}

impl Interval {
    /// The single point `v`.
    pub fn point(v: f64) -> Interval {
        Interval { min: Some(v), max: Some(v), min_inclusive: true, max_inclusive: true }
    }

    /// Whether `v` lies in the interval.
    pub fn contains(&self, v: f64) -> bool {
        let above = match self.min {
            None => true,
            Some(m) => v > m || (self.min_inclusive && v == m),
        };
        let below = match self.max {
            None => true,
            Some(m) => v < m || (self.max_inclusive && v == m),
        };
        above && below
    }

    /// Whether the two intervals share at least one value.
    pub fn overlaps(&self, other: &Interval) -> bool {
        // The larger lower bound must not lie above the smaller upper bound.
        let lower = match (self.min, other.min) {
            (None, None) => None,
            (Some(a), None) => Some((a, self.min_inclusive)),
            (None, Some(b)) => Some((b, other.min_inclusive)),
            (Some(a), Some(b)) if a > b => Some((a, self.min_inclusive)),
            (Some(a), Some(b)) if b > a => Some((b, other.min_inclusive)),
            (Some(a), Some(_)) => Some((a, self.min_inclusive && other.min_inclusive)),
        };
        let upper = match (self.max, other.max) {
            (None, None) => None,
            (Some(a), None) => Some((a, self.max_inclusive)),
            (None, Some(b)) => Some((b, other.max_inclusive)),
            (Some(a), Some(b)) if a < b => Some((a, self.max_inclusive)),
            (Some(a), Some(b)) if b < a => Some((b, other.max_inclusive)),
            (Some(a), Some(_)) => Some((a, self.max_inclusive && other.max_inclusive)),
        };
        match (lower, upper) {
            (Some((lo, lo_in)), Some((hi, hi_in))) => lo < hi || (lo == hi && lo_in && hi_in),
            _ => true,
        }
    }

    /// The interval widened by `tolerance` (relative) on each finite side.
    pub fn widen(&self, tolerance: f64) -> Interval {
        if tolerance <= 0.0 {
            return *self;
        }
        Interval {
            min: self.min.map(|v| v - v.abs() * tolerance),
            max: self.max.map(|v| v + v.abs() * tolerance),
            min_inclusive: true,
            max_inclusive: true,
        }
    }
}
