//! Independent files on several threads (`--jobs`), results in input order.
//!
//! Input: a thread count and a slice of items (claims files, articles).
//! Output: one result per item, in the items' order, whatever the thread
//! count, so a report built from them is byte-identical to a one-thread
//! run. rayon's indexed `collect` keeps the order; nothing here sorts.

use std::sync::OnceLock;

use rayon::prelude::*;

/// How many threads work on files: `Jobs(0)` is one per core.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Jobs(pub usize);

impl Jobs {
    /// The number of threads: the cores' for `Jobs(0)`.
    pub fn threads(self) -> usize {
        match self.0 {
            0 => std::thread::available_parallelism().map_or(1, usize::from),
            n => n,
        }
    }
}

/// The threads of one run, started when it first has two items to work
/// on and kept for the rest: a run that works in many batches (a stream of
/// jobs, a long list of articles read a batch at a time) does not start
/// and stop its threads for each.
pub struct Pool {
    jobs: Jobs,
    /// None once built when the run works on one thread, or when no
    /// threads can be had: the same results, one at a time.
    threads: OnceLock<Option<rayon::ThreadPool>>,
}

impl Pool {
    /// The pool of `jobs` threads.
    pub fn new(jobs: Jobs) -> Pool {
        Pool { jobs, threads: OnceLock::new() }
    }

    /// `f` of every item of `items`, in the items' order.
    pub fn map_in_order<T, R, F>(&self, items: &[T], f: F) -> Vec<R>
    where
        T: Sync,
        R: Send,
        F: Fn(&T) -> R + Sync + Send,
    {
        match self.threads_for(items.len()) {
            Some(pool) => pool.install(|| items.par_iter().map(&f).collect()),
            None => items.iter().map(f).collect(),
        }
    }

    /// `f` of every item of `items`, in the items' order, each item given
    /// to `f` to keep or drop: what an item holds is freed as soon as its
    /// work is done, not when the whole batch is.
    pub fn map_owned_in_order<T, R, F>(&self, items: Vec<T>, f: F) -> Vec<R>
    where
        T: Send,
        R: Send,
        F: Fn(T) -> R + Sync + Send,
    {
        match self.threads_for(items.len()) {
            Some(pool) => pool.install(|| items.into_par_iter().map(&f).collect()),
            None => items.into_iter().map(f).collect(),
        }
    }

    /// The threads to work on `n` items with: none for one thread or one
    /// item.
    fn threads_for(&self, n: usize) -> Option<&rayon::ThreadPool> {
        if self.jobs.0 == 1 || n < 2 {
            return None;
        }
        let build = || rayon::ThreadPoolBuilder::new().num_threads(self.jobs.0).build().ok();
        self.threads.get_or_init(build).as_ref()
    }
}

/// `f` of every item of `items`, in their order, for work nested in an item
/// of [`Pool::map_in_order`]: on the threads of its pool when called from one,
/// else one at a time (so `--jobs 1` stays on one thread).
pub fn map_nested<T, R, F>(items: &[T], f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync + Send,
{
    match rayon::current_thread_index() {
        Some(_) => items.par_iter().map(f).collect(),
        None => items.iter().map(f).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_input_order_on_any_number_of_threads() {
        let items: Vec<u64> = (0..1000).collect();
        let one = Pool::new(Jobs(1)).map_in_order(&items, |x| x * x);
        for jobs in [0, 2, 3, 8] {
            assert_eq!(Pool::new(Jobs(jobs)).map_in_order(&items, |x| x * x), one, "jobs {jobs}");
        }
    }

    #[test]
    fn owned_items_come_back_in_order_each_dropped_after_its_work() {
        let items: Vec<Vec<u64>> = (0..100).map(|k| vec![k; 3]).collect();
        for jobs in [1, 2] {
            let sums = Pool::new(Jobs(jobs)).map_owned_in_order(items.clone(), |v| v.into_iter().sum::<u64>());
            assert_eq!(sums, (0..100).map(|k| 3 * k).collect::<Vec<_>>(), "jobs {jobs}");
        }
    }

    #[test]
    fn a_pool_serves_batch_after_batch_on_the_same_threads() {
        let pool = Pool::new(Jobs(2));
        let mut seen = std::collections::BTreeSet::new();
        for batch in 0..20u64 {
            let items: Vec<u64> = (batch * 10..batch * 10 + 10).collect();
            let out = pool.map_in_order(&items, |x| (x + 1, std::thread::current().id()));
            assert_eq!(
                out.iter().map(|(x, _)| *x).collect::<Vec<_>>(),
                items.iter().map(|x| x + 1).collect::<Vec<_>>()
            );
            seen.extend(out.into_iter().map(|(_, id)| format!("{id:?}")));
        }
        assert!(seen.len() <= 2, "two threads serve every batch: {seen:?}");
    }
}
