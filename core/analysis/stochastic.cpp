// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/analysis/stochastic.h"

#include "core/model/parameters.h"
#include "core/analysis/randomstream.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <new>
#include <exception>
#include <limits>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace tideover::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Paths per block: the unit of work of a thread. A block's working vectors and a year's
// benefit terms (a few dozen of 128 doubles) stay in the first-level cache. Results do not
// depend on it.
constexpr int kBlockPaths = 128;

const Range& rangeOf(std::string_view key) { return findParameter(key)->range; }

// Runs task(thread, i) for i = 0 .. tasks-1 on `threads` threads (the caller is thread 0),
// handing out tasks one at a time. The first exception is rethrown after every thread ends.
template <class Task>
void parallelFor(int threads, int tasks, const std::atomic<bool>* cancel, const Task& task)
{
    std::atomic<int> next{0};
    std::exception_ptr error;
    std::mutex errorMutex;
    auto worker = [&](int thread) {
        try {
            for (int i = next.fetch_add(1); i < tasks; i = next.fetch_add(1)) {
                if (cancel && cancel->load(std::memory_order_relaxed))
                    throw StochasticCancelled();
                task(thread, i);
            }
        } catch (...) {
            const std::lock_guard lock(errorMutex);
            if (!error)
                error = std::current_exception();
            next.store(tasks);
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(threads - 1));
    try {
        for (int t = 1; t < threads; ++t)
            pool.emplace_back(worker, t);
    } catch (const std::system_error&) {
        // No more threads to be had: the ones running and this one do all the tasks.
    }
    worker(0);
    for (auto& t : pool)
        t.join();
    if (error)
        std::rethrow_exception(error);
}

// model-spec "Stochastic projection": the shocked u and r of one path, `years` values each.
void drawShocks(const Scenario& s, std::uint64_t seed, std::int64_t index, int years, Eigen::ArrayXd& u,
                Eigen::ArrayXd& r)
{
    const auto& st = s.stochastic;
    // The clamps are the ranges of the two keys in the parameter table.
    static const Range& uRange = rangeOf("labour.unemployment_rate");
    static const Range& rRange = rangeOf("reserve.return");
    const auto path = static_cast<std::uint64_t>(index);
    u.resize(years);
    r.resize(years);
    if (st.unemployment_volatility > 0) {
        RandomStream e(seed, path, 0);
        const double phi = st.unemployment_persistence;
        double x = 0;
        for (int y = 0; y < years; ++y) {
            const double shock = st.unemployment_volatility * e.normal();
            x = y == 0 ? shock : phi * x + shock;
            u[y] = std::clamp(s.labour.unemployment_rate.at(y) + x, uRange.min, uRange.max);
        }
    } else {
        for (int y = 0; y < years; ++y)
            u[y] = s.labour.unemployment_rate.at(y);
    }
    if (st.return_volatility > 0) {
        RandomStream h(seed, path, 1);
        for (int y = 0; y < years; ++y)
            r[y] = std::clamp(s.reserve.return_rate.at(y) + st.return_volatility * h.normal(), rRange.min,
                              rRange.max);
    } else {
        for (int y = 0; y < years; ++y)
            r[y] = s.reserve.return_rate.at(y);
    }
}

}  // namespace

const std::array<std::string_view, kStochasticMeasureCount>& stochasticMeasureNames()
{
    static const std::array<std::string_view, kStochasticMeasureCount> names{"reserve", "reserve_ratio",
                                                                            "cost_rate"};
    return names;
}

const std::array<std::string_view, kPercentileCount>& percentileNames()
{
    static const std::array<std::string_view, kPercentileCount> names{"p5", "p25", "p50", "p75", "p95"};
    return names;
}

namespace {

// The values at the ascending ranks `ranks` (relative to `base`) of the n values in src:
// a quickselect for several ranks at once. Each step partitions src into scratch around a
// pivot taken from a sorted sample at the middle wanted rank, without branches on the data
// (every value is written to both ends, and a flag moves one cursor), which on random data
// is several times faster than std::nth_element. Both buffers are overwritten.
void selectRanks(double* src, double* scratch, std::size_t n, std::size_t base, const std::size_t* ranks,
                 std::size_t count, double* out, int depth = 0)
{
    constexpr std::size_t kSmall = 48;
    constexpr std::size_t kSample = 31;
    while (count > 0) {
        if (n <= kSmall || depth > 60) {  // small, or (never seen) a run of bad pivots
            std::sort(src, src + n);
            for (std::size_t i = 0; i < count; ++i)
                out[i] = src[ranks[i] - base];
            return;
        }
        ++depth;
        std::array<double, kSample> sample{};
        for (std::size_t j = 0; j < kSample; ++j)
            sample[j] = src[(2 * j + 1) * n / (2 * kSample)];
        std::sort(sample.begin(), sample.end());
        const std::size_t middle = count / 2;
        const double pivot = sample[std::min(kSample - 1, (ranks[middle] - base) * kSample / n)];
        std::size_t lo = 0, hi = n;
        for (std::size_t i = 0; i < n; ++i) {
            const double x = src[i];
            const bool less = x < pivot;
            scratch[lo] = x;
            scratch[hi - 1] = x;
            lo += less;
            hi -= !less;
        }
        std::size_t split = lo;  // values < pivot: scratch[0, split)
        std::size_t first = 0;   // the wanted ranks at or after the split start here
        if (split == 0) {
            // The pivot is the smallest value: split off the values equal to it instead.
            lo = 0, hi = n;
            for (std::size_t i = 0; i < n; ++i) {
                const double x = scratch[i];
                const bool equal = x <= pivot;
                src[lo] = x;
                src[hi - 1] = x;
                lo += equal;
                hi -= !equal;
            }
            split = lo;
            while (first < count && ranks[first] - base < split)
                out[first++] = pivot;
            std::swap(src, scratch);  // so that, as in the other branch, the values lie in `scratch`
        } else {
            while (first < count && ranks[first] - base < split)
                ++first;
            selectRanks(scratch, src, split, base, ranks, first, out, depth);
        }
        // Continue with the values >= pivot (> pivot after the equal split): scratch[split, n).
        double* const rest = scratch + split;
        scratch = src + split;
        src = rest;
        n -= split;
        base += split;
        ranks += first;
        out += first;
        count -= first;
    }
}

}  // namespace

void samplePercentiles(std::span<double> values, std::span<const double> levels, std::span<double> out)
{
    const std::size_t n = values.size();
    if (n == 0) {
        std::fill(out.begin(), out.end(), kNaN);
        return;
    }
    // The order statistics needed: floor(h) and, when interpolating, the next one.
    std::vector<std::size_t> wanted;
    for (const double p : levels) {
        const double h = static_cast<double>(n - 1) * p;
        const auto lo = std::min(static_cast<std::size_t>(std::floor(h)), n - 1);
        wanted.push_back(lo);
        if (h > static_cast<double>(lo) && lo + 1 < n)
            wanted.push_back(lo + 1);
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    std::vector<double> found(wanted.size());
    std::vector<double> scratch(n);
    selectRanks(values.data(), scratch.data(), n, 0, wanted.data(), wanted.size(), found.data());
    const auto valueAt = [&](std::size_t rank) {
        return found[static_cast<std::size_t>(std::lower_bound(wanted.begin(), wanted.end(), rank) - wanted.begin())];
    };
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const double h = static_cast<double>(n - 1) * levels[i];
        const auto lo = std::min(static_cast<std::size_t>(std::floor(h)), n - 1);
        const double fraction = h - static_cast<double>(lo);
        const double x = valueAt(lo);
        out[i] = fraction > 0 && lo + 1 < n ? x + fraction * (valueAt(lo + 1) - x) : x;
    }
}

// Large blocks of doubles for the per-path results. On Linux the kernel is asked to back
// them with 2 MB pages (transparent huge pages, madvise mode): a run writes every byte of
// them once, and first-touch faults on 4 kB pages would cost as much as the arithmetic.
StochasticProjection::ResultBuffer::~ResultBuffer() { std::free(m_data); }

double* StochasticProjection::ResultBuffer::reserve(std::size_t doubles)
{
    if (doubles <= m_capacity)
        return m_data;
    std::free(m_data);
    m_data = nullptr;
    m_capacity = 0;
    constexpr std::size_t kHugePage = std::size_t{2} << 20;
    const std::size_t bytes = (doubles * sizeof(double) + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, bytes);
    if (!p)
        throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    madvise(p, bytes, MADV_HUGEPAGE);  // a hint; without it the pages are ordinary ones
#endif
    m_data = static_cast<double*>(p);
    m_capacity = bytes / sizeof(double);
    return m_data;
}

struct StochasticProjection::Block {
    MonthlyEngine::Inputs inputs;
    MonthlyEngine::Flows flows;  // the engine's scratch
    MonthlyEngine::Outputs outputs;
    Eigen::ArrayXd u, r;  // one path's shocks
};

StochasticProjection::StochasticProjection(const Scenario& scenario) : m_base(scenario) {}

PathShocks StochasticProjection::pathShocks(std::uint64_t seed, std::int64_t index) const
{
    PathShocks shocks;
    drawShocks(m_base.scenario(), seed, index, m_base.years(), shocks.unemployment, shocks.returnRate);
    return shocks;
}

void StochasticProjection::simulateBlock(std::uint64_t seed, std::int64_t first, int count, int years,
                                         Block& block) const
{
    const Scenario& s = m_base.scenario();
    auto& in = block.inputs;
    const bool returns = s.stochastic.return_volatility > 0;
    in.years = years;
    in.unemployment.resize(count, years);
    in.returnRate.resize(returns ? count : 0, returns ? years : 0);
    for (int i = 0; i < count; ++i) {
        drawShocks(s, seed, first + i, years, block.u, block.r);
        in.unemployment.row(i) = block.u.transpose();
        if (returns)
            in.returnRate.row(i) = block.r.transpose();
    }
    m_base.engine().run(in, block.flows, block.outputs);
}

std::array<Eigen::ArrayXXd, kStochasticMeasureCount> StochasticProjection::samplePaths(std::uint64_t seed,
                                                                                       std::int64_t first,
                                                                                       int count) const
{
    Block block;
    simulateBlock(seed, first, count, m_base.years(), block);
    return {block.outputs.reserve, block.outputs.reserveRatio, block.outputs.costRate};
}

StochasticResult StochasticProjection::run(const StochasticOptions& options) const
{
    const Scenario& s = m_base.scenario();
    const std::int64_t paths = options.paths.value_or(s.stochastic.paths);
    const Range& pathRange = rangeOf("stochastic.paths");
    if (!pathRange.contains(static_cast<double>(paths)))
        throw std::invalid_argument("stochastic projection: " + std::to_string(paths) +
                                    " paths; allowed: " + pathRange.describe(Kind::Integer));
    const std::uint64_t seed = options.seed.value_or(s.stochastic.seed);
    const int years = m_base.years();
    const auto blocks = static_cast<int>((paths + kBlockPaths - 1) / kBlockPaths);
    const int hardware = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = std::clamp(options.threads > 0 ? options.threads : hardware, 1, blocks);

    // Years per window: the per-path results of a window fit in the memory budget.
    const std::size_t bytesPerYear = static_cast<std::size_t>(paths) * kStochasticMeasureCount * sizeof(double);
    const int window = static_cast<int>(
        std::clamp<std::size_t>(options.memoryBudgetBytes / bytesPerYear, 1, static_cast<std::size_t>(years)));
    const int windows = (years + window - 1) / window;

    StochasticResult result;
    result.startYear = m_base.startYear();
    result.years = years;
    result.paths = paths;
    result.seed = seed;
    for (auto& table : result.percentiles)
        table.setConstant(years, kPercentileCount, kNaN);

    std::vector<Block> work(static_cast<std::size_t>(threads));
    // Per thread: the number of paths first depleted in each year (integers, so the sum does
    // not depend on which thread counted what).
    std::vector<std::vector<std::int64_t>> firstDepleted(static_cast<std::size_t>(threads),
                                                         std::vector<std::int64_t>(static_cast<std::size_t>(years), 0));
    // The per-path results, 3 x paths x window doubles: the last run's buffer when no other
    // run holds it, so that a repeated run (the GUI's, after a change of the stochastic
    // settings) does not fault tens of megabytes of fresh pages in again.
    std::unique_lock keptLock(m_keptMutex, std::try_to_lock);
    ResultBuffer ownBuffer;
    ResultBuffer& buffer = keptLock.owns_lock() ? m_keptBuffer : ownBuffer;
    double* const keptData =
        buffer.reserve(static_cast<std::size_t>(paths) * static_cast<std::size_t>(window) * kStochasticMeasureCount);
    std::vector<std::vector<double>> buffers(static_cast<std::size_t>(threads));
    std::atomic<int> blocksDone{0};
    std::mutex progressMutex;
    const int totalBlocks = blocks * windows;

    for (int w0 = 0; w0 < years; w0 += window) {
        const int w1 = std::min(years, w0 + window);
        const int width = w1 - w0;
        const bool last = w1 == years;
        // Each paths x width, rows are paths.
        const auto keptOf = [&](int m) {
            return Eigen::Map<Eigen::ArrayXXd>(keptData + static_cast<std::size_t>(m) * static_cast<std::size_t>(paths) *
                                                              static_cast<std::size_t>(width),
                                               static_cast<Eigen::Index>(paths), width);
        };
        std::array<Eigen::Map<Eigen::ArrayXXd>, kStochasticMeasureCount> kept{keptOf(0), keptOf(1), keptOf(2)};

        parallelFor(threads, blocks, options.cancel, [&](int thread, int b) {
            Block& block = work[static_cast<std::size_t>(thread)];
            const std::int64_t first = static_cast<std::int64_t>(b) * kBlockPaths;
            const int count = static_cast<int>(std::min<std::int64_t>(kBlockPaths, paths - first));
            simulateBlock(seed, first, count, w1, block);
            const Eigen::ArrayXXd* measures[] = {&block.outputs.reserve, &block.outputs.reserveRatio,
                                                 &block.outputs.costRate};
            for (int m = 0; m < kStochasticMeasureCount; ++m)
                kept[static_cast<std::size_t>(m)].block(first, 0, count, width) = measures[m]->middleCols(w0, width);
            if (last) {
                auto& counts = firstDepleted[static_cast<std::size_t>(thread)];
                const Eigen::ArrayXi depleted = depletionYears(block.outputs);
                for (int i = 0; i < count; ++i)
                    if (depleted[i] >= 0)
                        ++counts[static_cast<std::size_t>(depleted[i])];
            }
            const int done = ++blocksDone;
            if (options.progress) {
                const std::lock_guard lock(progressMutex);
                options.progress(static_cast<double>(done) / totalBlocks);
            }
        });

        // Percentiles of each (year, measure) column over the paths that define it.
        parallelFor(threads, width * kStochasticMeasureCount, options.cancel, [&](int thread, int task) {
            const int m = task % kStochasticMeasureCount;
            const int column = task / kStochasticMeasureCount;
            auto& buffer = buffers[static_cast<std::size_t>(thread)];
            buffer.clear();
            const auto values = kept[static_cast<std::size_t>(m)].col(column);
            for (Eigen::Index i = 0; i < values.size(); ++i)
                if (!std::isnan(values[i]))
                    buffer.push_back(values[i]);
            std::array<double, kPercentileCount> out{};
            samplePercentiles(buffer, kPercentileLevels, out);
            for (int k = 0; k < kPercentileCount; ++k)
                result.percentiles[static_cast<std::size_t>(m)](w0 + column, k) = out[static_cast<std::size_t>(k)];
        });
    }

    result.depletionProbability.resize(years);
    std::int64_t depleted = 0;
    for (int y = 0; y < years; ++y) {
        for (const auto& counts : firstDepleted)
            depleted += counts[static_cast<std::size_t>(y)];
        result.depletionProbability[y] = static_cast<double>(depleted) / static_cast<double>(paths);
        if (!result.medianDepletionYear && 2 * depleted >= paths)
            result.medianDepletionYear = result.startYear + y;
    }
    return result;
}



}  // namespace tideover::core
