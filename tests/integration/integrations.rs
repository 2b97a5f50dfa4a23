//! The GitHub Action, the workflow that uses it and the pre-commit hook:
//! their YAML parses, they fit together, and the commands they run are the
//! ones the README and docs/ document.

use std::fs;

use serde_json::Value;

use crate::support::{code, root, run, stdout};

fn yaml(path: &str) -> Value {
    let text = fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{path} is not valid YAML: {e}"))
}

/// The README and the reference under docs/, as one text.
fn readme() -> String {
    let mut text = fs::read_to_string(root().join("README.md")).expect("README.md");
    for page in crate::support::files_with_extension(&root().join("docs"), "md") {
        text += &fs::read_to_string(&page).expect("a docs page");
    }
    text
}

/// The lines of the action's `run` scripts.
fn action_script_lines(action: &Value) -> Vec<String> {
    action["runs"]["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .filter_map(|s| s["run"].as_str())
        .flat_map(|run| run.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect::<Vec<_>>())
        .collect()
}

#[test]
fn the_action_is_a_composite_action_with_the_documented_inputs() {
    let action = yaml("action.yml");
    assert_eq!(action["runs"]["using"], "composite");
    let inputs: Vec<&String> = action["inputs"].as_object().expect("inputs").keys().collect();
    let readme = readme();
    for input in ["paths", "format", "fail-on", "baseline", "output"] {
        assert!(inputs.iter().any(|i| *i == input), "action input {input}");
        assert!(readme.contains(&format!("| `{input}` |")), "README documents the input {input}");
    }
    for step in action["runs"]["steps"].as_array().expect("steps") {
        assert_eq!(step["shell"], "bash", "composite run steps name their shell");
        let run = step["run"].as_str().unwrap_or_default();
        assert!(!run.contains("${{"), "inputs reach scripts through env, never spliced in: {run}");
    }
}

#[test]
fn the_readme_shows_the_commands_the_integrations_run() {
    let readme = readme();
    for line in action_script_lines(&yaml("action.yml")) {
        assert!(readme.contains(&line), "README does not show the action's line: {line}");
    }
    let hooks = yaml(".pre-commit-hooks.yaml");
    let hook = &hooks[0];
    assert_eq!(hook["id"], "claimcheck");
    assert_eq!(hook["language"], "rust");
    let entry = hook["entry"].as_str().expect("entry");
    assert_eq!(entry, "claimcheck check");
    assert!(readme.contains(&format!("`{entry}`")), "README documents the hook's command");
    assert!(readme.contains("id: claimcheck"), "README shows how to use the hook");
}

#[test]
fn every_flag_the_integrations_pass_is_documented_and_accepted() {
    let help = stdout(&run(&["check", "--help"]));
    let readme = readme();
    let lines = action_script_lines(&yaml("action.yml"));
    let flags: Vec<&str> = lines
        .iter()
        .filter(|l| !l.starts_with("cargo "))
        .flat_map(|l| l.split(['(', ' ', ')']))
        .filter(|w| w.starts_with("--"))
        .collect();
    assert!(flags.len() >= 4, "{flags:?}");
    for flag in flags {
        assert!(help.contains(flag), "claimcheck check does not accept {flag}");
        assert!(readme.contains(&format!("| `{flag}")), "README's flag table lacks {flag}");
    }
}

#[test]
fn the_workflow_uses_the_action_with_its_inputs() {
    let workflow = yaml(".github/workflows/claims.yml");
    let action = yaml("action.yml");
    let steps = workflow["jobs"]["claims"]["steps"].as_array().expect("steps");
    let step = steps.iter().find(|s| s["uses"] == "./").expect("a step uses the action in this repository");
    for (key, value) in step["with"].as_object().expect("with") {
        assert!(action["inputs"].get(key).is_some(), "the action has no input {key}");
        if key == "baseline" {
            let path = value.as_str().expect("a path");
            let out = run(&["check", "--baseline", path, "--format", "json"]);
            assert_ne!(code(&out), Some(2), "the committed baseline is a report claimcheck reads");
        }
    }
}
