import * as vscode from 'vscode';

/**
 * A small multi-step QuickInput in the manner of vscode-extension-samples'
 * quickinput-sample: each step returns the next one, and Back returns to the previous.
 */
export type InputStep = (input: MultiStepInput) => Promise<InputStep | void>;

class FlowAction {
  static readonly back = new FlowAction();
  static readonly cancel = new FlowAction();
}

export interface PickParameters<T extends vscode.QuickPickItem> {
  title: string;
  step: number;
  totalSteps: number;
  placeholder: string;
  items: readonly T[];
  activeItem?: T;
  matchOnDescription?: boolean;
  matchOnDetail?: boolean;
}

export interface ManyParameters<T extends vscode.QuickPickItem> extends PickParameters<T> {
  selected: readonly T[];
}

export class MultiStepInput {
  private current?: vscode.QuickInput;
  private readonly steps: InputStep[] = [];

  /** Runs the steps; resolves true when the user finished, false when they cancelled. */
  static async run(start: InputStep): Promise<boolean> {
    return new MultiStepInput().stepThrough(start);
  }

  private async stepThrough(start: InputStep): Promise<boolean> {
    let step: InputStep | void = start;
    let finished = true;
    while (step) {
      this.steps.push(step);
      if (this.current) {
        this.current.enabled = false;
        this.current.busy = true;
      }
      try {
        step = await step(this);
      } catch (error) {
        if (error === FlowAction.back) {
          this.steps.pop();
          step = this.steps.pop();
        } else if (error === FlowAction.cancel) {
          step = undefined;
          finished = false;
        } else {
          this.current?.dispose();
          throw error;
        }
      }
    }
    this.current?.dispose();
    return finished;
  }

  /** One item from a searchable list. */
  pickOne<T extends vscode.QuickPickItem>(params: PickParameters<T>): Promise<T> {
    return this.show<T, T>(params, false, (pick) => (pick.selectedItems[0] ? pick.selectedItems[0] : undefined), (pick) => {
      if (params.activeItem) pick.activeItems = [params.activeItem];
    });
  }

  /** Any number of items (toggles); Enter accepts the checked ones. */
  pickMany<T extends vscode.QuickPickItem>(params: ManyParameters<T>): Promise<readonly T[]> {
    return this.show<T, readonly T[]>(params, true, (pick) => pick.selectedItems, (pick) => {
      pick.selectedItems = params.selected;
    });
  }

  private show<T extends vscode.QuickPickItem, R>(
    params: PickParameters<T>,
    many: boolean,
    result: (pick: vscode.QuickPick<T>) => R | undefined,
    prepare: (pick: vscode.QuickPick<T>) => void,
  ): Promise<R> {
    const disposables: vscode.Disposable[] = [];
    return new Promise<R>((resolve, reject) => {
      const pick = vscode.window.createQuickPick<T>();
      pick.title = params.title;
      pick.step = params.step;
      pick.totalSteps = params.totalSteps;
      pick.placeholder = params.placeholder;
      pick.canSelectMany = many;
      pick.matchOnDescription = params.matchOnDescription ?? false;
      pick.matchOnDetail = params.matchOnDetail ?? false;
      pick.ignoreFocusOut = true;
      pick.items = params.items;
      prepare(pick);
      pick.buttons = this.steps.length > 1 ? [vscode.QuickInputButtons.Back] : [];
      disposables.push(
        pick.onDidTriggerButton((button) => {
          if (button === vscode.QuickInputButtons.Back) reject(FlowAction.back);
        }),
        pick.onDidAccept(() => {
          const value = result(pick);
          if (value !== undefined) resolve(value);
        }),
        pick.onDidHide(() => reject(FlowAction.cancel)),
      );
      this.current?.dispose();
      this.current = pick;
      pick.show();
    }).finally(() => disposables.forEach((d) => d.dispose()));
  }
}
