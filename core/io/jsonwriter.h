// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace tideover::core {

// Every JSON document Tideover writes is built as a Json (nlohmann's, keys in insertion order)
// and written by jsonText: the one JSON writer of the core and the command line.
using Json = nlohmann::ordered_json;

// The document as text: two-space indent, one member per line, keys in the order given,
// strings escaped by nlohmann (invalid UTF-8 replaced by U+FFFD), real numbers with 17
// significant digits (formatCell, so they read back as the same double), non-finite numbers
// as null, and a final newline.
std::string jsonText(const Json& document);

// A real number written in its shortest round-trip form (formatNumber) instead of with 17
// digits: for a value the user typed, echoed as typed (the stress shock's "rise": 0.04).
// Null when not finite.
Json jsonShortNumber(double x);

// An optional number or year: null when absent (or, for a real number, not finite).
template <class T> Json jsonOptional(const std::optional<T>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

}  // namespace tideover::core
