//! The news development set: sentences of BBC articles in ../shared
//! (research-use text, never copied here), annotated by hand with every
//! figure (kind, interval, unit) and date (period, granularity) before the
//! tool was run on them. `tests/news-dev/annotations.txt` keeps only files,
//! byte offsets and values. The test reads each article, runs the
//! extractor with the set's publication date, and scores what it reads
//! inside the annotated sentences; it skips, saying so, when ../shared is
//! absent. Every miss and false find is written to
//! `target/news-dev-errors.txt`.

use std::collections::BTreeMap;

use claimcheck::article::Article;
use claimcheck::confine::{Trust, DEFAULT_MAX_BYTES};
use claimcheck::extract::figure::{Figure, FigureKind, Interval};
use claimcheck::extract::{index_article, ArticleIndex};
use jiff::civil::Date;

use crate::support::{root, shared};

/// F1 the set must keep: figures, then dates.
const FLOOR: (f64, f64) = (0.97, 0.95);

/// A sentence of the set with its annotations.
struct Sentence {
    file: String,
    start: usize,
    end: usize,
    figures: Vec<GoldFigure>,
    dates: Vec<GoldDate>,
}

struct GoldFigure {
    start: usize,
    end: usize,
    kind: FigureKind,
    currency: Option<String>,
    interval: Interval,
    unit: Option<String>,
}

struct GoldDate {
    start: usize,
    end: usize,
    /// ISO 8601; "XXXX" stands for any year.
    date: String,
    granularity: String,
}

/// The interval of an annotated value: "137", ">140", ">=140", "<=6000",
/// "<5", "~300" (about), "<~100" (almost), ">~70" (just over), "[10,20]",
/// "mag[200,1000)"; `tolerance` is the width of the approximate forms.
fn interval(value: &str, tolerance: f64) -> Interval {
    let num = |s: &str| s.parse::<f64>().unwrap_or_else(|_| panic!("annotated value {value:?} is a number"));
    let closed = |lo: f64, hi: f64, a: bool, b: bool| Interval {
        min: Some(lo),
        max: Some(hi),
        min_inclusive: a,
        max_inclusive: b,
    };
    if let Some(inner) = value.strip_prefix("mag[").and_then(|v| v.strip_suffix(')')) {
        let (lo, hi) = inner.split_once(',').expect("a magnitude has two ends");
        return closed(num(lo), num(hi), true, false);
    }
    if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        let (lo, hi) = inner.split_once(',').expect("a range has two ends");
        return closed(num(lo), num(hi), true, true);
    }
    let open = |min: Option<f64>, max: Option<f64>, a: bool, b: bool| Interval {
        min,
        max,
        min_inclusive: a,
        max_inclusive: b,
    };
    if let Some(v) = value.strip_prefix("<~") {
        let v = num(v);
        return closed(v - v.abs() * tolerance, v, true, false);
    }
    if let Some(v) = value.strip_prefix(">~") {
        let v = num(v);
        return closed(v, v + v.abs() * tolerance, false, true);
    }
    if let Some(v) = value.strip_prefix('~') {
        let v = num(v);
        return closed(v - v.abs() * tolerance, v + v.abs() * tolerance, true, true);
    }
    if let Some(v) = value.strip_prefix(">=") {
        return open(Some(num(v)), None, true, false);
    }
    if let Some(v) = value.strip_prefix("<=") {
        return open(None, Some(num(v)), false, true);
    }
    if let Some(v) = value.strip_prefix('>') {
        return open(Some(num(v)), None, false, false);
    }
    if let Some(v) = value.strip_prefix('<') {
        return open(None, Some(num(v)), false, false);
    }
    Interval::point(num(value))
}

/// The annotated sentences and the set's publication date.
fn read_set() -> (Vec<Sentence>, Date) {
    let text = std::fs::read_to_string(root().join("tests/news-dev/annotations.txt")).expect("the set is readable");
    let mut published = None;
    let mut set: Vec<Sentence> = Vec::new();
    for line in text.lines() {
        if let Some(date) = line.strip_prefix("# published ") {
            published = date.split_whitespace().next().and_then(|d| d.parse().ok());
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split_whitespace().collect();
        let at = |k: usize| f[k].parse::<usize>().unwrap_or_else(|_| panic!("offset in {line:?}"));
        match f[0] {
            "S" => set.push(Sentence {
                file: f[1].to_string(),
                start: at(2),
                end: at(3),
                figures: Vec::new(),
                dates: Vec::new(),
            }),
            "F" => {
                let (kind, currency) = match f[3].split_once(':') {
                    Some(("money", c)) => (FigureKind::Money, Some(c.to_string())),
                    _ => (
                        match f[3] {
                            "percent" => FigureKind::Percent,
                            "points" => FigureKind::Points,
                            _ => FigureKind::Number,
                        },
                        None,
                    ),
                };
                let figure = GoldFigure {
                    start: at(1),
                    end: at(2),
                    kind,
                    currency,
                    interval: interval(f[4], 0.1),
                    unit: f.get(5).map(|u| u.to_string()),
                };
                set.last_mut().expect("a sentence comes first").figures.push(figure);
            }
            "D" => {
                let date = GoldDate { start: at(1), end: at(2), date: f[3].to_string(), granularity: f[4].to_string() };
                set.last_mut().expect("a sentence comes first").dates.push(date);
            }
            other => panic!("unknown line kind {other:?}"),
        }
    }
    (set, published.expect("the set states its publication date"))
}

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0),
        (None, None) => true,
        _ => false,
    }
}

fn same_interval(a: &Interval, b: &Interval) -> bool {
    same(a.min, b.min)
        && same(a.max, b.max)
        && (a.min.is_none() || a.min_inclusive == b.min_inclusive)
        && (a.max.is_none() || a.max_inclusive == b.max_inclusive)
}

fn figure_matches(g: &GoldFigure, f: &Figure) -> bool {
    let overlaps = f.span.start < g.end && g.start < f.span.end;
    overlaps && f.kind == g.kind && f.currency == g.currency.as_deref() && same_interval(&f.interval(0.1), &g.interval)
}

fn date_matches(g: &GoldDate, iso: Option<&str>, granularity: &str, start: usize, end: usize) -> bool {
    let overlaps = start < g.end && g.start < end;
    let Some(iso) = iso else { return false };
    let agrees = iso.len() == g.date.len()
        && iso
            .chars()
            .zip(g.date.chars())
            .enumerate()
            .all(|(k, (a, b))| a == b || (b == 'X' && k % 8 < 4 && a.is_ascii_digit()));
    overlaps && agrees && granularity == g.granularity
}

/// Counts of one class: true positives, false positives, false negatives.
#[derive(Default, Clone, Copy)]
struct Count {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Count {
    fn f1(self) -> f64 {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn row(self, name: &str) -> String {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        format!(
            "{name:<10} tp {:>4} fp {:>4} fn {:>4}  P {p:.3} R {r:.3} F1 {:.3}",
            self.tp,
            self.fp,
            self.fn_,
            self.f1()
        )
    }
}

fn granularity_name(index: &ArticleIndex, d: usize) -> String {
    serde_json::to_value(index.dates[d].granularity)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn kind_name(kind: FigureKind) -> &'static str {
    match kind {
        FigureKind::Number => "number",
        FigureKind::Percent => "percent",
        FigureKind::Money => "money",
        FigureKind::Points => "points",
    }
}

#[test]
fn news_development_set_is_read_as_annotated() {
    let Some(dir) = shared().map(|s| s.join("corpus/news/all/bbc")) else {
        eprintln!("skipped: ../shared/corpus/news/all is absent, so the news development set is not scored");
        return;
    };
    let (set, published) = read_set();
    let mut by_file: BTreeMap<&str, Vec<&Sentence>> = BTreeMap::new();
    for s in &set {
        by_file.entry(s.file.as_str()).or_default().push(s);
    }
    let mut counts: BTreeMap<String, Count> = BTreeMap::new();
    let mut units = (0usize, 0usize);
    let mut errors = String::new();
    for (file, sentences) in by_file {
        let article =
            Article::load(&dir.join(file), DEFAULT_MAX_BYTES, Trust::Operator).expect("a set article is readable");
        let index = index_article(&article, Some(published));
        for s in sentences {
            let inside = |start: usize| s.start <= start && start < s.end;
            let figures: Vec<&Figure> = index.figures.iter().filter(|f| inside(f.span.start)).collect();
            let mut used = vec![false; figures.len()];
            for g in &s.figures {
                let hit = (0..figures.len()).find(|&k| !used[k] && figure_matches(g, figures[k]));
                let class = kind_name(g.kind);
                let c = counts.entry(format!("figure:{class}")).or_default();
                match hit {
                    Some(k) => {
                        used[k] = true;
                        c.tp += 1;
                        if let Some(u) = &g.unit {
                            units.1 += 1;
                            let found = figures[k].unit().map(|n| claimcheck::segment::stem(&n));
                            if found.as_deref() == Some(claimcheck::segment::stem(u).as_str()) {
                                units.0 += 1;
                            }
                        }
                    }
                    None => {
                        c.fn_ += 1;
                        errors += &format!(
                            "miss  {file}:{} figure {:?}\n",
                            g.start,
                            article.slice(claimcheck::source::Span::new(g.start, g.end))
                        );
                    }
                }
            }
            for (k, f) in figures.iter().enumerate().filter(|(k, _)| !used[*k]) {
                let _ = k;
                counts.entry(format!("figure:{}", kind_name(f.kind))).or_default().fp += 1;
                let i = f.interval(0.1);
                errors += &format!(
                    "false {file}:{} figure {:?} {:?} {:?}..{:?}\n",
                    f.span.start,
                    article.slice(f.span),
                    f.kind,
                    i.min,
                    i.max
                );
            }
            let dates: Vec<usize> = (0..index.dates.len()).filter(|&d| inside(index.dates[d].span.start)).collect();
            let mut used = vec![false; dates.len()];
            for g in &s.dates {
                let hit = (0..dates.len()).find(|&k| {
                    let d = &index.dates[dates[k]];
                    !used[k]
                        && date_matches(
                            g,
                            d.iso().as_deref(),
                            &granularity_name(&index, dates[k]),
                            d.span.start,
                            d.span.end,
                        )
                });
                let c = counts.entry(format!("date:{}", g.granularity)).or_default();
                match hit {
                    Some(k) => {
                        used[k] = true;
                        c.tp += 1;
                    }
                    None => {
                        c.fn_ += 1;
                        errors += &format!(
                            "miss  {file}:{} date {:?} {}\n",
                            g.start,
                            article.slice(claimcheck::source::Span::new(g.start, g.end)),
                            g.date
                        );
                    }
                }
            }
            for (k, &d) in dates.iter().enumerate().filter(|(k, _)| !used[*k]) {
                let _ = k;
                let m = &index.dates[d];
                counts.entry(format!("date:{}", granularity_name(&index, d))).or_default().fp += 1;
                errors += &format!("false {file}:{} date {:?} {:?}\n", m.span.start, article.slice(m.span), m.iso());
            }
        }
    }
    let total = |prefix: &str| {
        counts.iter().filter(|(k, _)| k.starts_with(prefix)).fold(Count::default(), |a, (_, c)| Count {
            tp: a.tp + c.tp,
            fp: a.fp + c.fp,
            fn_: a.fn_ + c.fn_,
        })
    };
    let (figures, dates) = (total("figure:"), total("date:"));
    for (name, c) in &counts {
        eprintln!("{}", c.row(name));
    }
    eprintln!("{}", figures.row("figures"));
    eprintln!("{}", dates.row("dates"));
    eprintln!("units of matched figures: {} of {} agree", units.0, units.1);
    std::fs::write(root().join("target/news-dev-errors.txt"), &errors).ok();
    assert!(figures.f1() >= FLOOR.0, "figure F1 {:.3}; see target/news-dev-errors.txt", figures.f1());
    assert!(dates.f1() >= FLOOR.1, "date F1 {:.3}; see target/news-dev-errors.txt", dates.f1());
}
