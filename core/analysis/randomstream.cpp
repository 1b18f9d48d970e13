// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/analysis/randomstream.h"

#include <cmath>

namespace tideover::core {

namespace {

// The SplitMix64 output function (a bijection of 64-bit words).
std::uint64_t mix64(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

std::uint64_t splitMix64(std::uint64_t& state)
{
    state += 0x9E3779B97F4A7C15ULL;
    return mix64(state);
}

RandomStream::RandomStream(std::uint64_t seed, std::uint64_t path, std::uint64_t stream)
{
    // mix64 is a bijection, so for a given seed distinct (path, stream) pairs give distinct
    // SplitMix64 starting points, far apart in its sequence with overwhelming probability.
    std::uint64_t sm = mix64(mix64(mix64(seed) + path) + stream);
    for (auto& word : m_state)
        word = splitMix64(sm);
    // xoshiro's state must not be all zero; SplitMix64 never gives four zeros in a row, but
    // make the guarantee explicit.
    if ((m_state[0] | m_state[1] | m_state[2] | m_state[3]) == 0)
        m_state[0] = 1;
}

RandomStream RandomStream::fromState(const std::array<std::uint64_t, 4>& state)
{
    RandomStream stream;
    stream.m_state = state;
    return stream;
}

std::uint64_t RandomStream::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double RandomStream::uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

double RandomStream::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    // Marsaglia and Bray (1964): a point uniform in the unit disc gives two independent
    // normals; about 21 % of points are rejected.
    double v1 = 0, v2 = 0, s = 0;
    do {
        v1 = 2.0 * uniform() - 1.0;
        v2 = 2.0 * uniform() - 1.0;
        s = v1 * v1 + v2 * v2;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(s) / s);
    m_spare = v2 * factor;
    m_hasSpare = true;
    return v1 * factor;
}

}  // namespace tideover::core
