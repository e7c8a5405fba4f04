"""Pull-request checks, publishing and pre-commit hooks run the same commands contributors run locally."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if True in data:  # YAML 1.1 reads the key `on` as a boolean
        data["on"] = data.pop(True)
    return data


def steps(job: dict) -> tuple[list[str], list[str]]:
    """The `run` commands and the `uses` actions of a job's steps."""
    return ([s["run"] for s in job["steps"] if "run" in s], [s["uses"] for s in job["steps"] if "uses" in s])


def test_pull_request_workflow_runs_check_tests_strict_and_offline_builds():
    workflow = load(WORKFLOWS / "pull-request.yml")
    assert "pull_request" in workflow["on"]
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    assert sorted(jobs) == ["build", "data-check", "offline", "tests"]
    runs, _ = steps(jobs["data-check"])
    assert "python -m macros check" in runs and "python -m macros schemas --check" in runs
    assert "bash .ci/run" in steps(jobs["tests"])[0]
    assert "python -m macros build" in steps(jobs["build"])[0]  # both editions, strict, with the search index
    runs, uses = steps(jobs["offline"])
    assert any(r.startswith("python -m macros offline --zip ") for r in runs)
    upload = next(s for s in jobs["offline"]["steps"] if s.get("uses", "").startswith("actions/upload-artifact@"))
    zip_name = next(r for r in runs if r.startswith("python -m macros offline")).split("--zip ")[1]
    assert upload["with"]["path"] == zip_name and upload["with"]["if-no-files-found"] == "error"
    for job in jobs.values():
        assert job["steps"][0]["uses"].startswith("actions/checkout@")


def test_publish_workflow_deploys_main_to_pages():
    workflow = load(WORKFLOWS / "publish.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    runs, uses = steps(build)
    assert "python -m macros check" in runs
    assert "python -m macros build --dest site" in runs  # both editions, strict, with the search index
    assert build["steps"][0]["with"]["fetch-depth"] == 0
    upload = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]
    assert deploy["environment"]["url"] == "${{ steps.deployment.outputs.page_url }}"
    assert deploy["steps"][0]["id"] == "deployment"


def test_every_action_is_pinned_to_a_major_version():
    for path in WORKFLOWS.glob("*.yml"):
        for job in load(path)["jobs"].values():
            for action in steps(job)[1]:
                assert re.fullmatch(r"actions/[a-z-]+@v\d+", action), f"{path.name}: {action}"


def _macros_commands() -> set[str]:
    texts = [p.read_text() for p in WORKFLOWS.glob("*.yml")] + [(ROOT / ".pre-commit-config.yaml").read_text()]
    return {m for text in texts for m in re.findall(r"python -m macros (\w+)", text)}


@pytest.mark.parametrize("command", sorted(_macros_commands()))
def test_each_macros_command_used_by_ci_exists(command: str):
    result = subprocess.run(
        [sys.executable, "-m", "macros", command, "--help"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr


def test_pre_commit_runs_the_data_check_ruff_and_yamllint():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    hooks = {hook["id"]: (repo["repo"], hook) for repo in config["repos"] for hook in repo["hooks"]}
    assert {"atlas-check", "atlas-schemas", "ruff-check", "ruff-format", "yamllint"} <= set(hooks)
    repo, check = hooks["atlas-check"]
    assert repo == "local" and check["entry"] == "python -m macros check" and check["pass_filenames"] is False
    assert re.search(check["files"], "data/people/ishiba-shigeru.yaml")
    assert hooks["ruff-check"][0] == "https://github.com/astral-sh/ruff-pre-commit"
    assert hooks["yamllint"][0] == "https://github.com/adrienverge/yamllint"
    for repo in config["repos"]:
        assert repo["repo"] == "local" or re.fullmatch(r"v\d+\.\d+\.\d+", repo["rev"])


def test_yamllint_config_is_tuned_to_the_data_style():
    config = yaml.safe_load((ROOT / ".yamllint.yaml").read_text())
    rules = config["rules"]
    assert config["extends"] == "default"
    assert rules["document-start"] == "disable"
    assert rules["line-length"]["max"] > 80 and rules["line-length"]["allow-non-breakable-words"] is True
    assert rules["truthy"]["allowed-values"] == ["true", "false"]
    assert "tests/fixtures/broken/" in config["ignore"]


def test_pull_request_template_has_the_sourcing_checklist():
    text = (ROOT / ".github" / "pull_request_template.md").read_text()
    boxes = re.findall(r"^- \[ \] (.+)$", text, re.MULTILINE)
    joined = " ".join(boxes)
    assert len(boxes) >= 4
    for phrase in ("cited source", "quote", "discrepanc", "python -m macros check"):
        assert phrase in joined, phrase


def _readme_commands() -> dict[str, str]:
    """README's numbered commands and its test command (the lone `python3 -m venv` line of a code block)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, re.DOTALL)
    first = blocks[0].splitlines()
    commands = {line[2]: first[i + 1] for i, line in enumerate(first) if re.match(r"# \d\. ", line)}
    commands["test"] = next(b.strip() for b in blocks[1:] if b.startswith("python3 -m venv .venv &&"))
    return commands


def test_ci_runs_exactly_the_readme_test_command():
    run = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines() if line.strip()]
    commands = _readme_commands()
    assert commands["2"] == "bash .ci/run"
    assert run[-1] == commands["test"]


def test_readme_commands_need_no_system_pip_on_an_externally_managed_python():
    """PEP 668: Debian's python3 refuses `pip install` outside a virtual environment, so every install and
    every later step of the commands goes through the .venv the command itself creates."""
    for name in ("1", "test"):
        steps = [s.strip() for s in _readme_commands()[name].split("&&")]
        assert steps[0] == "python3 -m venv .venv", name
        for step in steps[1:]:
            program = next(word for word in step.split() if "=" not in word)
            assert program.startswith(".venv/bin/"), f"{name}: {step}"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install" not in ci.replace(_readme_commands()["test"], "")


def test_readme_preview_url_is_where_the_dev_server_serves():
    site_url = re.search(r'^site_url: !ENV \[\w+, "([^"]+)"\]', (ROOT / "mkdocs.yml").read_text(), re.M).group(1)
    path = re.match(r"https?://[^/]+(/.*)", site_url).group(1)
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"http://127.0.0.1:8000{path}" in text
    assert "http://127.0.0.1:8000/)" not in text and "http://127.0.0.1:8000/>" not in text


def test_ci_installs_the_japanese_font_on_its_own_check():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    font_line = next(line for line in ci.splitlines() if "fonts-ipafont-gothic" in line)
    assert "fc-list" in font_line and "chromium" not in font_line
