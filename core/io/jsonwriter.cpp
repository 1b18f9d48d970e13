// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Tideover authors
#include "core/io/jsonwriter.h"

#include "core/io/resultformat.h"
#include "core/model/parameters.h"

#include <cmath>

namespace tideover::core {

namespace {

// A number in its own form travels as a binary value of this subtype holding the digits;
// nothing else in our documents is binary.
constexpr std::uint64_t kNumberText = 0x4e;

void write(std::string& out, const Json& value, int indent)
{
    const auto pad = [&](int n) { out.append(static_cast<std::size_t>(n), ' '); };
    switch (value.type()) {
    case Json::value_t::object:
    case Json::value_t::array: {
        const bool object = value.is_object();
        if (value.empty()) {
            out += object ? "{}" : "[]";
            return;
        }
        out += object ? "{\n" : "[\n";
        bool first = true;
        for (const auto& [key, member] : value.items()) {
            out += first ? "" : ",\n";
            first = false;
            pad(indent + 2);
            if (object)
                out += Json(key).dump(-1, ' ', false, Json::error_handler_t::replace) + ": ";
            write(out, member, indent + 2);
        }
        out += '\n';
        pad(indent);
        out += object ? '}' : ']';
        return;
    }
    case Json::value_t::number_float: {
        const double x = value.get<double>();
        out += std::isfinite(x) ? formatCell(x) : "null";
        return;
    }
    case Json::value_t::binary: {
        const auto& digits = value.get_binary();
        out.append(digits.begin(), digits.end());
        return;
    }
    default:
        out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
    }
}

}  // namespace

std::string jsonText(const Json& document)
{
    std::string out;
    write(out, document, 0);
    return out + '\n';
}

Json jsonShortNumber(double x)
{
    if (!std::isfinite(x))
        return nullptr;
    const std::string digits = formatNumber(x);
    return Json::binary(std::vector<std::uint8_t>(digits.begin(), digits.end()), kNumberText);
}

}  // namespace tideover::core
