# SPDX-License-Identifier: GPL-3.0-or-later
# Runs tideover-screenshots (TOOL) into an empty folder (OUT) and checks that it wrote every
# picture the user guide uses, each a non-empty PNG.
set(expected
  app-first-start editor-series editor-error
  analysis-risk analysis-stress analysis-sensitivity
  analysis-solve-contribution analysis-solve-replacement
  analysis-compare analysis-compare-headline analysis-compare-diff
  report-dialog preferences
  training-funnel training-panel training-standards training-standards-errors save-read-only
  editor-timeline editor-reforms results-reform-lines results-reform-income
  history-editor results-actual-markers results-actual-compare
  monitoring-indicators monitoring-backtest calibration-dialog
  groups-editor groups-stacked groups-who-pays groups-funnel
  groups-stacked-beneficiaries groups-stacked-income
  package-editor package-compare
  package-results worker-view)

file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND "${TOOL}" --size 1366x768 --language en --out "${OUT}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "tideover-screenshots failed: ${result}")
endif()

file(GLOB written RELATIVE "${OUT}" "${OUT}/*")
list(LENGTH expected expected_count)
list(LENGTH written written_count)
if(NOT written_count EQUAL expected_count)
  message(FATAL_ERROR "expected ${expected_count} pictures, found ${written_count}: ${written}")
endif()
foreach(name IN LISTS expected)
  set(path "${OUT}/${name}.png")
  if(NOT EXISTS "${path}")
    message(FATAL_ERROR "missing ${name}.png")
  endif()
  file(SIZE "${path}" size)
  file(READ "${path}" signature LIMIT 8 HEX)
  if(size EQUAL 0 OR NOT signature STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "${name}.png is not a PNG (${size} bytes, starts ${signature})")
  endif()
endforeach()
message(STATUS "${expected_count} pictures written to ${OUT}")
