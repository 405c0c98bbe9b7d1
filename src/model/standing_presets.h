#pragma once
// The standard agenda items a body can list by name, with their default
// wording. Descriptions may use these fields, filled in for each meeting:
//   {body}              the body's name
//   {previous_meeting}  long date of the previous meeting of the body
//   {previous_date}     the same without the weekday ("5 February 2020")
//   {question_days}     "three" (the body's public question clear days)
//   {question_deadline} long date by which public questions must arrive (with the time, when the body sets one)
//   {question_recipient} who receives them
//   {next_meeting}      "Thursday 26 March 2020 at 14:00 at City Hall, Leicester"
//   {chair_title}       "Chair" or the body's own word
#include <string>
#include <vector>

namespace panelpack {

struct StandingPreset {
  const char* id;
  const char* title;
  const char* description;
};

const std::vector<StandingPreset>& standing_presets();
const StandingPreset* find_standing_preset(const std::string& id);
std::vector<std::string> standing_preset_ids();

// The {fields} a wording may use, and those in `text` that are not among them.
const std::vector<std::string>& standing_field_names();
std::vector<std::string> unknown_fields(const std::string& text);

}  // namespace panelpack
