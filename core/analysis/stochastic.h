// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include "core/engine/projection.h"
#include "core/model/scenario.h"

#include <Eigen/Core>

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <ostream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tideover::core {

// The measures whose distribution the stochastic projection reports (model-spec "Stochastic
// projection"), named as the annual output columns they come from.
enum class StochasticMeasure { reserve, reserve_ratio, cost_rate };
inline constexpr int kStochasticMeasureCount = 3;
const std::array<std::string_view, kStochasticMeasureCount>& stochasticMeasureNames();

// The percentiles reported, as probabilities, and their CSV suffixes (p5 .. p95).
inline constexpr std::array<double, 5> kPercentileLevels{0.05, 0.25, 0.50, 0.75, 0.95};
inline constexpr int kPercentileCount = 5;
const std::array<std::string_view, kPercentileCount>& percentileNames();

// Sample percentiles by linear interpolation between order statistics: Hyndman and Fan
// (1996) definition 7, the default of R's quantile() and NumPy's "linear". With the n values
// in ascending order x[0] <= ... <= x[n-1] and h = (n - 1) p, the p-percentile is
//     x[floor h] + (h - floor h) * (x[floor h + 1] - x[floor h])
// (x[n-1] when p = 1), so it equals x exactly when all values are x. `values` (no NaN) is
// reordered; `levels` must ascend within [0, 1]; `out` gets one value per level (NaN for
// n = 0). Selection (nth_element) instead of a full sort: O(n) per level.
void samplePercentiles(std::span<double> values, std::span<const double> levels, std::span<double> out);

// The annual shocks of one path (model-spec "Stochastic projection"), one value per year:
//     x[0] = sigma_u e[0],  x[y] = phi x[y-1] + sigma_u e[y],  u_path = clamp(u + x, 0.001, 0.6)
//     r_path = clamp(r + sigma_r h, -0.5, 1)
// The spec leaves r_path unbounded; it is clamped to reserve.return's allowed range (as u_path
// is to unemployment_rate's) so that every path is a valid deterministic scenario and
// (1 + r)^(1/12) is defined. e comes from RandomStream(seed, path, 0), h from stream 1; a
// volatility of 0 draws nothing, so switching on return volatility leaves the unemployment
// paths unchanged (common random numbers).
struct PathShocks {
    Eigen::ArrayXd unemployment;  // u_path[y], fraction
    Eigen::ArrayXd returnRate;    // r_path[y], fraction/yr
};

// How to run a stochastic projection; every field has a sensible default.
struct StochasticOptions {
    std::optional<std::int64_t> paths;  // default: stochastic.paths (1 .. 1,000,000)
    std::optional<std::uint64_t> seed;  // default: stochastic.seed
    int threads = 0;                    // 0: std::thread::hardware_concurrency()
    // Upper bound on the per-path, per-year results kept at once (3 doubles per path and
    // year). Beyond it the years are processed in windows, re-simulating the paths for each
    // window (the streams make that exact), e.g. 1,000,000 paths x 30 years needs 720 MB in
    // one pass and three passes within the default.
    std::size_t memoryBudgetBytes = std::size_t{256} << 20;
    // Polled between blocks of paths; when it becomes true run() throws StochasticCancelled.
    const std::atomic<bool>* cancel = nullptr;
    // Called with the fraction done (0..1] after each block, from worker threads, one call at a
    // time.
    std::function<void(double)> progress;
};

class StochasticCancelled : public std::runtime_error {
public:
    StochasticCancelled() : std::runtime_error("the stochastic projection was cancelled") {}
};

// The results of a stochastic projection. Layout: rows are projection years; the
// percentile tables have one column per level of kPercentileLevels. Units as the annual
// columns: reserve in LCU, reserve_ratio in years, cost_rate a fraction. A percentile is taken
// over the paths where the measure is defined (reserve_ratio needs expenditure, cost_rate a
// wage bill); NaN when no path defines it.
struct StochasticResult {
    int startYear = 0;
    int years = 0;
    std::int64_t paths = 0;
    std::uint64_t seed = 0;
    std::array<Eigen::ArrayXXd, kStochasticMeasureCount> percentiles;  // each years x 5
    // Share of paths whose reserve at the end of some month up to the end of year y was
    // below 0 (the spec's depletion, path by path), size years; non-decreasing.
    Eigen::ArrayXd depletionProbability;
    // The first calendar year in which depletionProbability reaches 0.5; none if it never does.
    std::optional<int> medianDepletionYear;

    double percentile(StochasticMeasure m, int year, int level) const
    {
        return percentiles[static_cast<std::size_t>(m)](year, level);
    }
};

// The stochastic projection of model-spec.md: N paths, each the deterministic monthly model
// with its own unemployment and return path (PathShocks), spread over threads in blocks of
// paths. Each path's numbers come from its own streams, so results depend on the seed only,
// never on the thread count. Paths with the scenario's own u and r (both volatilities 0)
// reproduce Projection::run() exactly.
class StochasticProjection {
public:
    // Throws InvalidScenario when validate(scenario) reports errors.
    explicit StochasticProjection(const Scenario& scenario);

    // Throws std::invalid_argument for paths outside 1 .. 1,000,000, StochasticCancelled.
    StochasticResult run(const StochasticOptions& options = {}) const;

    // The shocks of path `index` (0-based) under `seed`.
    PathShocks pathShocks(std::uint64_t seed, std::int64_t index) const;

    // The annual reserve, reserve_ratio and cost_rate of paths first .. first+count-1, each
    // count x years (rows are paths): individual futures to draw next to the percentiles.
    std::array<Eigen::ArrayXXd, kStochasticMeasureCount> samplePaths(std::uint64_t seed, std::int64_t first,
                                                                     int count) const;

    const Projection& base() const { return m_base; }

private:
    struct Block;  // the shocks and outputs of one block of paths; see stochastic.cpp
    void simulateBlock(std::uint64_t seed, std::int64_t first, int count, int years, Block& block) const;

    Projection m_base;
    // Memory for the per-path results of a run, grown as needed and kept for the next run.
    class ResultBuffer {
    public:
        ResultBuffer() = default;
        ResultBuffer(const ResultBuffer&) = delete;
        ResultBuffer& operator=(const ResultBuffer&) = delete;
        ~ResultBuffer();
        double* reserve(std::size_t doubles);  // at least `doubles`, contents undefined

    private:
        double* m_data = nullptr;
        std::size_t m_capacity = 0;
    };
    mutable std::mutex m_keptMutex;
    mutable ResultBuffer m_keptBuffer;
};


}  // namespace tideover::core
