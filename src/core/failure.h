#pragma once
// Every way a run can fail, with its exit code: one table, one place.
namespace panelpack {

enum class Failure {
  none,      // 0: success (warnings allowed)
  content,   // 1: the site's content, data or templates are wrong
  usage,     // 2: the command line is wrong
  io,        // 3: reading or writing the disk failed
  internal,  // 4: a bug in panelpack
};

constexpr int exit_code(Failure f) { return static_cast<int>(f); }

const char* describe(Failure f);

}  // namespace panelpack
