// Offers in the scope list only the units or organizations that suit the chosen role (the server checks it again).
document.addEventListener('DOMContentLoaded', () => {
  const role = document.getElementById('role');
  const scope = document.getElementById('scope');
  if (!role || !scope) return;
  const update = () => {
    const picked = role.value;
    scope.querySelectorAll('optgroup').forEach(group => {
      let visible = 0;
      group.querySelectorAll('option').forEach(option => {
        const fits = !picked || (option.dataset.roles || '').split(' ').includes(picked);
        option.hidden = !fits;
        option.disabled = !fits;
        if (fits) visible++;
      });
      group.hidden = visible === 0;
    });
    const selected = scope.selectedOptions[0];
    if (selected && selected.disabled) scope.value = '';
    scope.disabled = picked === 'SYSTEM_ADMIN';
  };
  role.addEventListener('change', update);
  update();
});
