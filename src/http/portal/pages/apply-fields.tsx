// Accessible form parts for the portal's application and status forms: every input labelled,
// required marked in text, hint and error tied to the input with aria-describedby, and an error
// summary that links to each field (ids are `f-<name>`; a radio group's first option carries it).
import type { Child, FC } from 'hono/jsx';

export interface FieldProblem {
  field: string;
  message: string;
}

export const fieldId = (name: string) => `f-${name}`;

const REQUIRED = '（必填）';
const OPTIONAL = '（选填）';

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

const Hint: FC<{ name: string; text?: string }> = ({ name, text }) =>
  text ? (
    <span class="hint" id={`${fieldId(name)}-hint`}>
      {text}
    </span>
  ) : null;

const ErrorText: FC<{ name: string; text?: string }> = ({ name, text }) =>
  text ? (
    <span class="error-message" id={`${fieldId(name)}-error`}>
      <span class="visually-hidden">错误：</span>
      {text}
    </span>
  ) : null;

/** The list of problems at the top of a form; each links to its field. */
export const ErrorSummary: FC<{ problems: FieldProblem[] }> = ({ problems }) =>
  problems.length === 0 ? null : (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">提交的内容有 {problems.length} 处需要修改</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem.field}>
            <a href={`#${fieldId(problem.field)}`}>{problem.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );

interface InputProps {
  name: string;
  label: string;
  value: string;
  isRequired?: boolean;
  hint?: string;
  error?: string;
  type?: 'text' | 'tel' | 'email';
  autocomplete?: string;
  inputmode?: 'numeric' | 'tel' | 'email' | 'text';
  maxLength?: number;
  /** Narrow inputs for short values (postal code, ID number). */
  width?: 'short' | 'medium';
  /** Text the fixed "（必填）" marker cannot say, e.g. "（选择邮寄时必填）". */
  requirement?: string;
}

const requirementOf = (props: { isRequired?: boolean; requirement?: string }) =>
  props.requirement ?? (props.isRequired ? REQUIRED : OPTIONAL);

export const TextField: FC<InputProps> = (props) => (
  <div class={props.error ? 'form-group has-error' : 'form-group'}>
    <label for={fieldId(props.name)}>
      {props.label}
      <span class="requirement">{requirementOf(props)}</span>
    </label>
    <Hint name={props.name} text={props.hint} />
    <ErrorText name={props.name} text={props.error} />
    <input
      id={fieldId(props.name)}
      name={props.name}
      type={props.type ?? 'text'}
      value={props.value}
      class={props.width ? `input-${props.width}` : undefined}
      autocomplete={props.autocomplete}
      inputmode={props.inputmode}
      maxlength={props.maxLength}
      spellcheck={false}
      aria-describedby={describedBy(props.name, props.hint, props.error)}
      aria-invalid={props.error ? 'true' : undefined}
    />
  </div>
);

export const TextArea: FC<Omit<InputProps, 'type' | 'inputmode' | 'width'> & { rows?: number }> = (props) => (
  <div class={props.error ? 'form-group has-error' : 'form-group'}>
    <label for={fieldId(props.name)}>
      {props.label}
      <span class="requirement">{requirementOf(props)}</span>
    </label>
    <Hint name={props.name} text={props.hint} />
    <ErrorText name={props.name} text={props.error} />
    <textarea
      id={fieldId(props.name)}
      name={props.name}
      rows={props.rows ?? 4}
      maxlength={props.maxLength}
      aria-describedby={describedBy(props.name, props.hint, props.error)}
      aria-invalid={props.error ? 'true' : undefined}
    >
      {props.value}
    </textarea>
  </div>
);

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

export const SelectField: FC<InputProps & { choices: Choice[] }> = (props) => (
  <div class={props.error ? 'form-group has-error' : 'form-group'}>
    <label for={fieldId(props.name)}>
      {props.label}
      <span class="requirement">{requirementOf(props)}</span>
    </label>
    <Hint name={props.name} text={props.hint} />
    <ErrorText name={props.name} text={props.error} />
    <select
      id={fieldId(props.name)}
      name={props.name}
      aria-describedby={describedBy(props.name, props.hint, props.error)}
      aria-invalid={props.error ? 'true' : undefined}
    >
      {props.choices.map((choice) => (
        <option key={choice.value} value={choice.value} selected={choice.value === props.value}>
          {choice.label}
        </option>
      ))}
    </select>
  </div>
);

/** Radio buttons in a fieldset whose legend is the question. */
export const RadioGroup: FC<{
  name: string;
  legend: string;
  choices: Choice[];
  value: string;
  isRequired?: boolean;
  hint?: string;
  error?: string;
  /** Extra content after the choices (e.g. a subheading between groups of options). */
  children?: Child;
}> = (props) => (
  <div class={props.error ? 'form-group has-error' : 'form-group'}>
    <fieldset class="choices" aria-describedby={describedBy(props.name, props.hint, props.error)}>
      <legend>
        {props.legend}
        <span class="requirement">{props.isRequired ? REQUIRED : OPTIONAL}</span>
      </legend>
      <Hint name={props.name} text={props.hint} />
      <ErrorText name={props.name} text={props.error} />
      {props.choices.map((choice, i) => {
        const id = i === 0 ? fieldId(props.name) : `${fieldId(props.name)}-${choice.value}`;
        return (
          <div class="choice" key={choice.value}>
            <input
              id={id}
              type="radio"
              name={props.name}
              value={choice.value}
              checked={choice.value === props.value}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
            />
            <label for={id}>{choice.label}</label>
            {choice.hint ? (
              <span class="hint" id={`${id}-hint`}>
                {choice.hint}
              </span>
            ) : null}
          </div>
        );
      })}
      {props.children}
    </fieldset>
  </div>
);

export const Checkbox: FC<{ name: string; label: string; isChecked: boolean; error?: string }> = (props) => (
  <div class={props.error ? 'form-group has-error' : 'form-group'}>
    <ErrorText name={props.name} text={props.error} />
    <div class="choice">
      <input
        id={fieldId(props.name)}
        type="checkbox"
        name={props.name}
        value="yes"
        checked={props.isChecked}
        aria-describedby={props.error ? `${fieldId(props.name)}-error` : undefined}
        aria-invalid={props.error ? 'true' : undefined}
      />
      <label for={fieldId(props.name)}>{props.label}</label>
    </div>
  </div>
);

/** Hidden from people and assistive technology; bots that fill every field give themselves away. */
export const Honeypot: FC<{ name: string }> = ({ name }) => (
  <div class="hp-field" aria-hidden="true">
    <label for={fieldId(name)}>请勿填写</label>
    <input id={fieldId(name)} type="text" name={name} value="" tabindex={-1} autocomplete="off" />
  </div>
);
