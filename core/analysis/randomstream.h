// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <array>
#include <cstdint>

namespace tideover::core {

// SplitMix64 (Steele, Lea and Flood 2014): advances `state` by the golden-ratio increment and
// returns a well-mixed 64-bit value. Used to turn seeds into generator states.
std::uint64_t splitMix64(std::uint64_t& state);

// One reproducible stream of random numbers: xoshiro256** 1.0 (Blackman and Vigna, "Scrambled
// linear pseudorandom number generators", 2018/2021), seeded from (seed, path, stream) so that
// every path of a stochastic projection has streams of its own and results do not depend on
// how paths are spread over threads. Normal deviates come from Marsaglia's polar method, written
// out here rather than std::normal_distribution, whose output the C++ standard leaves to the
// library: the same seed gives the same numbers with any standard library (up to the last bit
// of std::log on exotic platforms).
class RandomStream {
public:
    // State: SplitMix64 started from mix(mix(mix(seed) + path) + stream), four outputs.
    RandomStream(std::uint64_t seed, std::uint64_t path, std::uint64_t stream);
    // A generator in a given (not all-zero) state, for checks against the reference code.
    static RandomStream fromState(const std::array<std::uint64_t, 4>& state);

    std::uint64_t next();  // 64 random bits (xoshiro256**)
    double uniform();      // uniform on [0, 1), 53 random bits
    double normal();       // standard normal N(0, 1)

private:
    RandomStream() = default;
    std::array<std::uint64_t, 4> m_state{};
    double m_spare = 0;  // the polar method makes normals in pairs
    bool m_hasSpare = false;
};

}  // namespace tideover::core
