import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/render';
import { WeekEditor, type WeekRange } from './WeekEditor';

const setup = (hours: WeekRange[], onSave = jest.fn().mockResolvedValue(null)) => {
  renderWithProviders(<WeekEditor idPrefix="t" title="Working hours" hours={hours} saving={false} onSave={onSave} />);
  return onSave;
};

describe('the weekly hours editor', () => {
  it('edits a day with time pickers, marks a night that runs past midnight, and copies the day to others', async () => {
    const onSave = setup([{ weekday: 'SATURDAY', startTime: '10:00', endTime: '13:00' }]);
    await userEvent.selectOptions(screen.getByLabelText('Saturday: end of range 1'), '03:00');
    await userEvent.selectOptions(screen.getByLabelText('Saturday: start of range 1'), '20:00');
    expect(within(screen.getByRole('group', { name: 'Saturday' })).getByText('next day')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Copy Saturday to other days' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sunday' }));
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save working hours' }));
    expect(onSave).toHaveBeenCalledWith([
      { weekday: 'SATURDAY', startTime: '20:00', endTime: '03:00' },
      { weekday: 'SUNDAY', startTime: '20:00', endTime: '03:00' },
    ]);
  });

  it('adds and removes ranges, offers midnight as an end, and shows the server\'s error under the day at fault', async () => {
    const onSave = setup([], jest.fn().mockResolvedValue({ message: 'These hours overlap other hours.', field: ['input', 'hours', '1'] }));
    await userEvent.click(screen.getByRole('button', { name: 'Monday: add a range' }));
    await userEvent.click(screen.getByRole('button', { name: 'Monday: add a range' }));
    await userEvent.click(screen.getByRole('button', { name: 'Tuesday: add a range' }));
    await userEvent.selectOptions(screen.getByLabelText('Tuesday: end of range 1'), '24:00');
    await userEvent.click(screen.getByRole('button', { name: 'Monday: remove range 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save working hours' }));
    expect(onSave).toHaveBeenCalledWith([
      { weekday: 'MONDAY', startTime: '09:00', endTime: '13:00' },
      { weekday: 'TUESDAY', startTime: '09:00', endTime: '24:00' },
    ]);
    await waitFor(() => expect(within(screen.getByRole('group', { name: 'Tuesday' })).getByRole('alert')).toHaveTextContent('These hours overlap other hours.'));
  });
});
