//! Independent files on several threads (`--jobs`), results in input order.
//!
//! Input: a thread count and a slice of items (claims files, articles).
//! Output: one result per item, in the items' order, whatever the thread
//! count, so a report built from them is byte-identical to a one-thread
//! run. rayon's indexed `collect` keeps the order; nothing here sorts.

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

/// `f` of every item of `items`, on `jobs` threads, in the items' order.
pub fn map_in_order<T, R, F>(jobs: Jobs, items: &[T], f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync + Send,
{
    if jobs.0 == 1 || items.len() < 2 {
        return items.iter().map(f).collect();
    }
    match rayon::ThreadPoolBuilder::new().num_threads(jobs.0).build() {
        Ok(pool) => pool.install(|| items.par_iter().map(&f).collect()),
        // No threads to be had: the same results, one at a time.
        Err(_) => items.iter().map(f).collect(),
    }
}

/// `f` of every item of `items`, in their order, for work nested in an item
/// of [`map_in_order`]: on the threads of its pool when called from one,
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
        let one = map_in_order(Jobs(1), &items, |x| x * x);
        for jobs in [0, 2, 3, 8] {
            assert_eq!(map_in_order(Jobs(jobs), &items, |x| x * x), one, "jobs {jobs}");
        }
    }
}
