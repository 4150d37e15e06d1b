//! The catalogues agree with each other and with the code: every language has every
//! message and no other, every message the code asks for exists, every message is used,
//! and the code gives each message the arguments it names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use placard::i18n::Language;

/// Each message of a catalogue with the variables it refers to.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let source = language.catalogue_source();
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!(
            "the {} catalogue has syntax errors: {errors:?}",
            language.tag()
        ),
    };
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                let value = message.value.as_ref().unwrap_or_else(|| {
                    panic!(
                        "{}: message {} has no value",
                        language.tag(),
                        message.id.name
                    )
                });
                pattern_variables(value, &mut variables);
                let id = message.id.name.to_owned();
                assert!(
                    messages.insert(id.clone(), variables).is_none(),
                    "{}: message {id} is defined twice",
                    language.tag()
                );
            }
            ast::Entry::Junk { content } => {
                panic!("{}: unreadable entry {content:?}", language.tag())
            }
            _ => {}
        }
    }
    messages
}

fn pattern_variables(pattern: &ast::Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, variables);
            for variant in variants {
                pattern_variables(&variant.value, variables);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, variables),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, variables)
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, variables);
            }
        }
        _ => {}
    }
}

/// A message the code asks for: its id, the arguments it gives, and where.
struct Request {
    id: String,
    arguments: BTreeSet<String>,
    place: String,
}

/// Every `tr!("id", name = value, …)` in the code outside comments.
fn requests() -> Vec<Request> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut requests = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("source file");
        let code: String = source
            .lines()
            .map(|line| {
                if line.trim_start().starts_with("//") {
                    ""
                } else {
                    line
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        let mut rest = code.as_str();
        while let Some(start) = rest.find("tr!(") {
            let after = &rest[start + 4..];
            // `include_str!(` and the like are other macros.
            let before = rest[..start].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                rest = after;
                continue;
            }
            let line = code.len() - rest.len() + start;
            let line = code[..line].lines().count() + 1;
            let place = format!("{}:{line}", file.display());
            let end = closing_paren(after)
                .unwrap_or_else(|| panic!("{place}: tr! without its closing parenthesis"));
            let call = &after[..end];
            let parts = top_level_parts(call);
            let id = parts[0].trim();
            assert!(
                id.starts_with('"') && id.ends_with('"') && id.len() > 2,
                "{place}: tr! asks for {id}, not a message id written out"
            );
            let arguments = parts[1..]
                .iter()
                .filter(|part| !part.trim().is_empty())
                .map(|part| {
                    let (name, _) = part
                        .split_once('=')
                        .unwrap_or_else(|| panic!("{place}: argument {part} without a name"));
                    name.trim().to_owned()
                })
                .collect();
            requests.push(Request {
                id: id.trim_matches('"').to_owned(),
                arguments,
                place,
            });
            rest = &after[end..];
        }
    }
    requests
}

fn rust_files(folder: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("source folder") {
        let path = entry.expect("source entry").path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// Where the parenthesis opened just before `text` closes, skipping strings.
fn closing_paren(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return Some(i),
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// `text` split at the commas outside brackets and strings.
fn top_level_parts(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = messages(Language::English);
    let mut problems = Vec::new();
    for language in Language::ALL {
        let translated = messages(language);
        for (id, variables) in &english {
            match translated.get(id) {
                None => problems.push(format!("{} lacks {id}", language.tag())),
                Some(theirs) if !theirs.is_subset(variables) => problems.push(format!(
                    "{}: {id} refers to {:?}, which English does not give",
                    language.tag(),
                    theirs.difference(variables).collect::<Vec<_>>()
                )),
                Some(_) => {}
            }
        }
        for id in translated.keys() {
            if !english.contains_key(id) {
                problems.push(format!(
                    "{} has {id}, which English does not",
                    language.tag()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_code_asks_only_for_messages_that_exist_and_uses_every_one() {
    let english = messages(Language::English);
    let requests = requests();
    assert!(
        requests.len() > 50,
        "found only {} tr! calls",
        requests.len()
    );
    let mut problems = Vec::new();
    for request in &requests {
        match english.get(&request.id) {
            None => problems.push(format!(
                "{}: asks for {}, which no catalogue has",
                request.place, request.id
            )),
            Some(variables) => {
                let missing: Vec<_> = variables.difference(&request.arguments).collect();
                if !missing.is_empty() {
                    problems.push(format!(
                        "{}: {} needs {missing:?}, which it is not given",
                        request.place, request.id
                    ));
                }
            }
        }
    }
    let used: BTreeSet<&str> = requests.iter().map(|r| r.id.as_str()).collect();
    for id in english.keys() {
        if !used.contains(id.as_str()) {
            problems.push(format!("{id} is in the catalogues but nothing uses it"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_can_be_worded_in_every_language() {
    // Worded with every variable given, no message falls back to English or to its id.
    let english = messages(Language::English);
    for language in Language::ALL {
        for (id, variables) in &english {
            let leaked: &'static str = Box::leak(id.clone().into_boxed_str());
            let mut message = placard::i18n::Message::new(leaked);
            for variable in variables {
                let name: &'static str = Box::leak(variable.clone().into_boxed_str());
                message = message.with(name, 3usize);
            }
            let text = message.text_in(language);
            assert_ne!(text, *id, "{}: {id} cannot be worded", language.tag());
            if language != Language::English {
                // Short words like "error" may be the same; sentences are not.
                let english_text = message.text_in(Language::English);
                let words = english_text
                    .split(' ')
                    .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() > 1)
                    .count();
                if words > 3 {
                    assert_ne!(
                        text,
                        english_text,
                        "{}: {id} is still in English",
                        language.tag()
                    );
                }
            }
        }
    }
}
