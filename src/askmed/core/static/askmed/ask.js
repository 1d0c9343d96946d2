// The ask form: a click on a suggested department selects it in the form.
document.addEventListener("click", (event) => {
  const button = event.target.closest("button.choose-department");
  if (!button) return;
  const select = document.getElementById("id_department");
  const option = Array.from(select.options).find((o) => o.text === button.dataset.department);
  if (option) {
    select.value = option.value;
    select.dispatchEvent(new Event("change"));
    button.setAttribute("aria-pressed", "true");
  }
});
